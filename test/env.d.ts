declare module '*?raw' {
  const text: string;
  export default text;
}
declare module 'cloudflare:workers' {
  export const exports: { default: { fetch(request: Request): Promise<Response> } };
}
