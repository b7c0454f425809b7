// The sozialraum family: the admin's settings for districts, channels and roles.

import { type Element, errorReply, message, text } from "../../conversation/reply.js";
import type { Handler } from "../context.js";
import { handleBericht, handleDigest, handlePersonenzahlen } from "../digest/index.js";
import { common, digest, sozialraum as t } from "../messages/index.js";
import { splitSub } from "./args.js";
import {
  archiveDistrict,
  assignChannel,
  createDistrict,
  listDistricts,
  renameDistrict,
} from "./districts.js";
import { link } from "./link.js";
import { listMembers, setRole } from "./members.js";

const helpElements = (): Element[] => [
  text(t.helpTitle, "heading"),
  { type: "list", items: [...t.help, ...digest.help].map((h) => ({ title: h })) },
];

export const handleSozialraum: Handler = async (input, ctx) => {
  if (input.type !== "command") return errorReply(common.unknownAction);
  const { sub, rest } = splitSub(input.text);
  switch (sub) {
    case "":
    case "liste":
      return listDistricts(ctx);
    case "neu":
      return createDistrict(ctx, rest);
    case "kanal":
      return assignChannel(ctx, rest);
    case "umbenennen":
      return renameDistrict(ctx, rest);
    case "archivieren":
      return archiveDistrict(ctx, rest);
    case "mitglieder":
      return listMembers(ctx);
    case "rolle":
      return setRole(ctx, rest);
    case "verbinden":
      return link(ctx, rest);
    case "digest":
      return handleDigest(rest, ctx);
    case "bericht":
      return handleBericht(rest, ctx);
    case "personenzahlen":
      return handlePersonenzahlen(rest, ctx);
    case "hilfe":
    case "help":
      return message(helpElements());
    default:
      return message([text(t.unknownSub(sub), "warning"), ...helpElements()]);
  }
};
