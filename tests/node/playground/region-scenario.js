#!/usr/bin/env node
// The regional picture in the M365 Agents Playground, as anyone sees it (the figures come from the seed data):
//   node region-scenario.js <playground url> <artifacts dir>
// "region Oceania" shows the region card: 15 states, 7 States Parties (47%), 2 signatories (13%), and the states still
// to reach; its "World table" button shows the world table with 118 States Parties and 25 signatories.
// Output and exit codes: see scenario.js.
"use strict";

const { runScenario, FIRST_REPLY_MS } = require("./scenario");

runScenario(async (pg, step) => {
    await step("welcome card on install", async () => ({ text: await pg.waitForBotText("AttBot", { timeoutMs: FIRST_REPLY_MS }) }));

    await step("region Oceania shows the region card", async () => {
        const mark = await pg.send("region Oceania");
        // A FactSet shows as "title value" once the text is normalized.
        const text = await pg.waitForBotText([
            "Oceania", "States 15", "States Parties 7 (47%)", "Signatories 2 (13%)", "Neither 6 (40%)",
            "Signatories, not yet party (2): Kiribati, Nauru",
            "Neither signed nor joined (6): Fiji, Marshall Islands, Micronesia (Federated States of), Papua New Guinea, Solomon Islands, Tonga",
            "No outreach planned in the next 90 days",
        ], { since: mark });
        return { text, screenshot: await pg.screenshot("region-oceania", { cardTop: true }) };
    });

    await step("World table button shows 118 States Parties and 25 signatories", async () => {
        const mark = await pg.clickButton("World table");
        const text = await pg.waitForBotText([
            "The Arms Trade Treaty worldwide",
            "118 of 196 states are States Parties (60%); 25 signatories (13%); 53 neither (27%).",
            "Oceania 7/15 parties (47%) · 2 signatories (13%) · 6 neither",
        ], { since: mark });
        return { text: text.slice(0, 200), buttons: await pg.buttonsOf(text) };
    });

    await step("region alone shows the same world table", async () => {
        const mark = await pg.send("region");
        const text = await pg.waitForBotText(["The Arms Trade Treaty worldwide", "118 of 196 states are States Parties", "25 signatories"], { since: mark });
        return { text: text.slice(0, 120) };
    });
});
