// The WHATWG Encoding API is a global in every host pilens runs in (Node, browsers, VS Code for the
// web) but not part of the ES library. src/core is type-checked without Node's types
// (src/core/tsconfig.json, `types: []`) so that `process` or `Buffer` there is an error; this
// declares the part of the Encoding API the core uses, and nothing else.

declare class TextEncoder {
  encode(input?: string): Uint8Array<ArrayBuffer>;
  encodeInto(source: string, destination: Uint8Array): { read: number; written: number };
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
