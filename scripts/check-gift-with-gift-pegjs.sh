#!/usr/bin/env bash
# Dev-only check (not part of the Maven build, needs node and npm): parses a GIFT file with the
# independent GIFT parser gift-pegjs (https://github.com/fuhrmanator/GIFT-grammar-PEG.js) and prints
# each question's type, title and answers. Installs the parser once into a scratch directory.
#   scripts/check-gift-with-gift-pegjs.sh export.gift.txt [scratch dir, default /tmp/giftcheck]
set -euo pipefail
file="$(realpath "${1:?usage: $0 file.gift.txt [scratch-dir]}")"
scratch="${2:-/tmp/giftcheck}"
mkdir -p "$scratch"
cd "$scratch"
[ -f package.json ] || npm init -y >/dev/null
[ -d node_modules/gift-pegjs ] || npm install --silent gift-pegjs
node - "$file" <<'JS'
const fs = require("fs");
const { parse } = require("gift-pegjs");
const text = fs.readFileSync(process.argv[2], "utf8");
const short = (t) => (t && typeof t === "object" ? t.text : t);
const questions = parse(text);
for (const q of questions) {
  const choices = !Array.isArray(q.choices) ? q.choices : q.choices.map((c) =>
    (c.isCorrect ? "=" : "~") + (c.weight != null ? "%" + c.weight + "%" : "") + short(c.text) +
    (c.feedback ? " #" + short(c.feedback) : ""));
  const pairs = (q.matchPairs || []).map((p) => short(p.subquestion) + " -> " + p.subanswer);
  console.log(JSON.stringify({
    type: q.type, title: q.title, format: q.stem && q.stem.format, stem: short(q.stem),
    isTrue: q.isTrue, choices, pairs, globalFeedback: short(q.globalFeedback),
  }, (k, v) => (v === undefined || (Array.isArray(v) && v.length === 0) ? undefined : v)));
}
console.log(questions.length + " entries parsed");
JS
