/**
 * The few parts of node-forge the web host's certificate import uses, typed
 * narrowly (as shared/letters/signing/forge.d.ts does, and for the same
 * reason: @types/node-forge would bring Node's typings into the renderer).
 */
declare module 'node-forge/lib/index.js' {
  type Bytes = string;
  interface ByteBuffer {
    getBytes(): Bytes;
  }
  interface Asn1 {
    tagClass: number;
    type: number;
    constructed: boolean;
    value: unknown;
  }
  interface RsaPrivateKey {
    readonly n: unknown;
  }
  interface SafeBag {
    type: string;
    key?: RsaPrivateKey | null;
  }
  interface Pkcs12Pfx {
    getBags(filter: { bagType: string }): Record<string, SafeBag[] | undefined>;
  }
  const forge: {
    asn1: {
      fromDer(bytes: Bytes, strict?: boolean): Asn1;
      toDer(obj: Asn1): ByteBuffer;
    };
    pkcs12: {
      pkcs12FromAsn1(obj: Asn1, strict: boolean, password: string): Pkcs12Pfx;
    };
    pki: {
      oids: Record<string, string>;
      privateKeyToAsn1(key: RsaPrivateKey): Asn1;
      wrapRsaPrivateKey(rsaKey: Asn1): Asn1;
    };
  };
  export default forge;
}
