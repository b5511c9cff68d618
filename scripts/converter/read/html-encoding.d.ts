/** The parts of html-encoding-sniffer and whatwg-encoding (neither ships types) that decode-html.ts uses. */
declare module 'html-encoding-sniffer' {
  interface SniffOptions {
    xml?: boolean;
    /** A label from the transport layer (an HTTP Content-Type); outranks everything but a byte-order mark. */
    transportLayerEncodingLabel?: string;
    /** Returned as it is when nothing else decides; `windows-1252` for HTML. */
    defaultEncoding?: string;
  }
  /** The WHATWG name of the encoding of an HTML byte stream (`GBK`, `UTF-8`). */
  export default function htmlEncodingSniffer(bytes: Uint8Array, options?: SniffOptions): string;
}

declare module 'whatwg-encoding' {
  /** The WHATWG name for an encoding label (`gb2312` → `GBK`), or null for a label it does not know. */
  export function labelToName(label: string): string | null;
  /** `UTF-8`, `UTF-16LE` or `UTF-16BE` when the bytes start with that byte-order mark, else null. */
  export function getBOMEncoding(bytes: Uint8Array): 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | null;
}
