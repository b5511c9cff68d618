/** The part of the S3 server @20minutes/s3rver (a fork of s3rver, which ships no types) the deploy test uses. */
declare module '@20minutes/s3rver' {
  import type { Server } from 'node:http';
  import type { AddressInfo } from 'node:net';

  interface S3rverOptions {
    address: string;
    /** 0: a free port, which run() gives back. */
    port: number;
    silent: boolean;
    /** Where the buckets are kept on disk. */
    directory: string;
    configureBuckets: { name: string }[];
  }
  class S3rver {
    constructor(options: S3rverOptions);
    run(): Promise<AddressInfo>;
    close(): Promise<void>;
    httpServer: Server;
  }
  export default S3rver;
}
