import { getActor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";
import { readFile } from "@/lib/files/read-file";
import { contentDisposition } from "@/lib/files/sniff";

// Authorized file download: every byte Atlas stores is served only through here (lib decides
// who may read what; no session, or not yours → the same 404).
export const dynamic = "force-dynamic";

const notFound = () =>
  new Response("Not found", {
    status: 404,
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor || actor.mustChangePassword) return notFound();
  try {
    const { file, stream } = await readFile(actor, id);
    return new Response(stream, {
      status: 200,
      headers: {
        // The stored type was sniffed from the bytes at upload, never taken from the client.
        "Content-Type": file.mimeType,
        "Content-Disposition": contentDisposition(file.originalName, file.mimeType.startsWith("image/")),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
        "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
      },
    });
  } catch (e) {
    if (isAppError(e) && e.code === "not_found") return notFound();
    console.error("[files] read failed", e);
    return new Response("Error", { status: 500, headers: { "Cache-Control": "private, no-store" } });
  }
}
