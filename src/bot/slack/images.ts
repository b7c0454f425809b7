// Block Kit cannot carry image bytes: PNG elements of a reply are uploaded as files beside the message.
import type { webApi } from "@slack/bolt";
import type { Element } from "../../conversation/reply.js";

type Image = Extract<Element, { type: "image" }>;

export function imagesOf(elements: Element[]): Image[] {
  return elements.filter((e): e is Image => e.type === "image");
}

/** Uploads each image into `channel` (a conversation id), under the message when `threadTs` is given. */
export async function uploadImages(
  client: webApi.WebClient,
  channel: string,
  elements: Element[],
  threadTs?: string,
): Promise<number> {
  const images = imagesOf(elements);
  for (const [i, image] of images.entries()) {
    const upload = {
      channel_id: channel,
      file: Buffer.from(image.png),
      filename: `grafik-${i + 1}.png`,
      title: image.title ?? image.alt,
      alt_text: image.alt,
    };
    await client.filesUploadV2(threadTs ? { ...upload, thread_ts: threadTs } : upload);
  }
  return images.length;
}
