/**
 * Narrow typings for the few parts of node-forge the PKCS#12 signer uses.
 * The package's own typings (@types/node-forge) begin with
 * `/// <reference types="node" />`, which would make Buffer and process
 * type-check anywhere in shared/ (STYLE.md §1: shared/ is pure). Importing
 * forge by its file path with these declarations keeps Node's typings out;
 * forge itself runs in browsers as well as in Node.
 */
declare module 'node-forge/lib/index.js' {
  /** forge's byte strings: one char per byte */
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
  interface BigInteger {
    toString(radix: number): string;
  }
  interface MessageDigest {
    update(data: Bytes): MessageDigest;
  }
  interface RsaPrivateKey {
    n: BigInteger;
    sign(md: MessageDigest): Bytes;
  }
  interface Certificate {
    readonly serialNumber: string;
  }
  interface SafeBag {
    type: string;
    key?: RsaPrivateKey | null;
    cert?: Certificate | null;
    asn1?: Asn1;
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
      certificateToAsn1(cert: Certificate): Asn1;
      privateKeyToAsn1(key: RsaPrivateKey): Asn1;
      wrapRsaPrivateKey(rsaKey: Asn1): Asn1;
    };
    md: {
      sha256: { create(): MessageDigest };
    };
  };
  export default forge;
}
