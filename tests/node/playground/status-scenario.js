#!/usr/bin/env node
// The AttBot conversation in the M365 Agents Playground, end to end:
//   node status-scenario.js <playground url> <artifacts dir>
// Output and exit codes: see scenario.js.
"use strict";

const { runScenario, FIRST_REPLY_MS } = require("./scenario");

runScenario(async (pg, step) => {
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
});
