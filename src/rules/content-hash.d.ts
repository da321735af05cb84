/** Types of content-hash.js (plain JS so scripts/rules-index.mjs can import it on any Node). */
/** A 64-bit FNV-1a (two 32-bit lanes) over a string's UTF-16 code units, as 16 hex digits. */
export declare const contentHash: (text: string) => string;
/** The same hash over bytes (ETags of response bodies). */
export declare const bytesHash: (bytes: Uint8Array) => string;
