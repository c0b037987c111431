#!/usr/bin/env node
// The AttBot conversation in the M365 Agents Playground, end to end:
//   node status-scenario.js <playground url> <artifacts dir>
// Prints one JSON line per step ({"step","ok","ms",...}); exits 1 at the first failure, with the
// reason (bot messages on screen, Playground log panel, screenshot path) on stderr, 2 on bad usage.
"use strict";

const { Playground } = require("./driver");

const [url, artifactsDir] = process.argv.slice(2);
if (!url || !artifactsDir) {
    process.stderr.write("usage: node status-scenario.js <playground url> <artifacts dir>\n");
    process.exit(2);
}

// The first answer can take a while (bot JIT, database created on first use); later ones are quick.
const FIRST_REPLY_MS = 45000;
const REPLY_MS = 20000;

function report(step, started, extra = {}) {
    process.stdout.write(JSON.stringify({ step, ok: true, ms: Date.now() - started, ...extra }) + "\n");
}

async function step(name, body) {
    const started = Date.now();
    const extra = await body();
    report(name, started, extra || {});
}

async function main() {
    let pg;
    await step("open playground", async () => {
        pg = await Playground.open({ url, artifactsDir, defaultTimeoutMs: REPLY_MS });
        return { url };
    });
    try {
        await step("welcome card on install", async () => {
            const text = await pg.waitForBotText("AttBot", { timeoutMs: FIRST_REPLY_MS });
            const buttons = await pg.buttonsOf(text);
            if (buttons.length === 0) {
                await pg.fail("welcome card on install", new Error(`the welcome message has no card buttons: ${text}`));
            }
            return { text, buttons };
        });

        await step("status Malaysia shows Signatory", async () => {
            const mark = await pg.send("status Malaysia");
            const text = await pg.waitForBotText(["Malaysia", "Signatory"], { since: mark });
            return { text };
        });

        await step("status Ecuador shows State Party", async () => {
            const mark = await pg.send("status Ecuador");
            const text = await pg.waitForBotText(["Ecuador", "State Party"], { since: mark });
            return { text };
        });

        await step("Korea offers both Koreas as buttons", async () => {
            const mark = await pg.send("Korea");
            const text = await pg.waitForBotText(["Democratic People's Republic of Korea", "Republic of Korea"], { since: mark });
            const buttons = await pg.buttonsOf(text);
            for (const wanted of ["Democratic People's Republic of Korea", "Republic of Korea"]) {
                if (!buttons.includes(wanted)) {
                    await pg.fail("Korea offers both Koreas as buttons",
                        new Error(`no button titled ${JSON.stringify(wanted)}; buttons: ${JSON.stringify(buttons)}`));
                }
            }
            return { text, buttons };
        });

        await step("clicking Republic of Korea shows State Party", async () => {
            const mark = await pg.clickButton("Republic of Korea");
            // The card may be replaced in place (invoke response) or a new message may arrive.
            const text = await pg.waitForBotText(["Republic of Korea", "State Party"],
                { since: mark, without: ["Democratic People's Republic of Korea"] });
            return { text };
        });

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
