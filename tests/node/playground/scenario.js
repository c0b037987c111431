// The frame every Playground scenario shares: `node <scenario>.js <playground url> <artifacts dir>`,
// one JSON line per step on stdout ({"step","ok","ms",...}), a final screenshot, exit 0 when every step
// passed, 1 at the first failure (the reason, with the bot messages on screen, the Playground log panel
// and a screenshot path, on stderr), 2 on bad usage.
"use strict";

const path = require("path");
const { Playground } = require("./driver");

// The first answer can take a while (bot JIT, database created on first use); later ones are quick.
const FIRST_REPLY_MS = 45000;
const REPLY_MS = 20000;

/** Runs `body(pg, step)` against the Playground page; `step(name, fn)` times fn and prints what it returns. */
function runScenario(body) {
    const [url, artifactsDir] = process.argv.slice(2);
    if (!url || !artifactsDir) {
        process.stderr.write(`usage: node ${path.basename(process.argv[1])} <playground url> <artifacts dir>\n`);
        process.exit(2);
    }

    async function step(name, fn) {
        const started = Date.now();
        const extra = (await fn()) || {};
        process.stdout.write(JSON.stringify({ step: name, ok: true, ms: Date.now() - started, ...extra }) + "\n");
    }

    async function main() {
        let pg;
        await step("open playground", async () => {
            pg = await Playground.open({ url, artifactsDir, defaultTimeoutMs: REPLY_MS });
            return { url };
        });
        try {
            await body(pg, step);
            await step("final screenshot", async () => ({ screenshot: await pg.screenshot("final") }));
        } finally {
            await pg.close();
        }
    }

    main().then(
        () => process.exit(0),
        (e) => {
            process.stdout.write(JSON.stringify({ ok: false, error: e.message.split("\n")[0] }) + "\n");
            process.stderr.write(`${e.message}\n`);
            process.exit(1);
        });
}

module.exports = { runScenario, FIRST_REPLY_MS, REPLY_MS };
