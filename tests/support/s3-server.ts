import S3rver from "s3rver";

/**
 * A local S3-compatible server (s3rver) on a free port, keeping its objects in `dir`, with the
 * named buckets; it checks SigV4 signatures made with the returned keys.
 */
export async function startS3Server(dir: string, buckets: string[]) {
  const server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory: dir, configureBuckets: buckets.map((name) => ({ name })) });
  const { port } = await server.run();
  return { endpoint: `http://127.0.0.1:${port}`, accessKeyId: "S3RVER", secretAccessKey: "S3RVER", region: "us-east-1", close: () => server.close() };
}
