#!/usr/bin/env node
// What a stakeholder (no Secretariat role, no championed region) sees of the new commands in the M365 Agents Playground:
//   node stakeholder-scenario.js <playground url> <artifacts dir>
// "help" shows everyone's commands and no Secretariat section; "priorities" and "export csv" are refused in words (no card, nothing confidential); "region Asia" works as for anyone.
// Output and exit codes: see scenario.js.
"use strict";

const { runScenario, FIRST_REPLY_MS } = require("./scenario");

runScenario(async (pg, step) => {
    await step("welcome card on install", async () => ({ text: await pg.waitForBotText("AttBot", { timeoutMs: FIRST_REPLY_MS }) }));

    await step("help has no Secretariat section", async () => {
        const mark = await pg.send("help");
        const text = await pg.waitForBotText("tell the Secretariat what you plan", { since: mark, without: ["For the Secretariat", "history OR-0042"] });
        return { text };
    });

    await step("priorities is refused", async () => {
        const mark = await pg.send("priorities");
        const text = await pg.waitForBotText("Priorities and declared intentions are for the ATT Secretariat and regional champions only.",
            { since: mark, without: ["Tier", "Confidential"] });
        return { text };
    });

    await step("export csv is refused", async () => {
        const mark = await pg.send("export csv");
        const text = await pg.waitForBotText("Only members of the ATT Secretariat can export outreach.", { since: mark, without: ["Download"] });
        return { text };
    });

    await step("region Asia still works", async () => {
        const mark = await pg.send("region Asia");
        const text = await pg.waitForBotText([
            "Asia", "Region", "States 48", "States Parties 11 (23%)", "Signatories 10 (21%)", "Neither 27 (56%)",
            "Signatories, not yet party (10):", "Thailand",
        ], { since: mark });
        return { text: text.slice(0, 200), screenshot: await pg.screenshot("region-asia", { cardTop: true }) };
    });
});
