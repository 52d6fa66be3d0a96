import type { APIContext } from "astro";
import { downloadFiles, type DownloadFile } from "../../../site/downloads.ts";
import { loadSite } from "../../../site/load-site.ts";

/** Every release's downloads at /downloads/<version>/…, plus /downloads/latest/… for the newest. */
export function getStaticPaths() {
  const site = loadSite();
  const sets = site.archives.map((ctx) => ({ version: ctx.release!.version, ctx }));
  if (site.current.release) sets.push({ version: "latest", ctx: site.current });
  return sets.flatMap(({ version, ctx }) => downloadFiles(ctx).map((file) => ({ params: { version, file: file.path }, props: { file } })));
}

export function GET({ props }: APIContext<{ file: DownloadFile }>) {
  return new Response(props.file.body(), { headers: { "Content-Type": props.file.type } });
}
