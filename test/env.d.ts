declare module '*?raw' {
  const text: string;
  export default text;
}
declare namespace Cloudflare {
  interface Exports {
    default: { fetch(request: Request): Promise<Response> };
  }
}
