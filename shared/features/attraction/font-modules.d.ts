/** Shipped fonts inlined by Vite as `data:` URLs (the PDF summary embeds them). */
declare module '*.ttf?inline' {
  const dataUrl: string;
  export default dataUrl;
}
