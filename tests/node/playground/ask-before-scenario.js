#!/usr/bin/env node
// A registration that looks like the user's own earlier one, answered with the question's buttons in the Playground:
//   node ask-before-scenario.js <playground url> <artifacts dir>
// The bot asks before storing it; "Discard" stores nothing and says so; asked again, "Register anyway" stores it.
// Output and exit codes: see scenario.js.
"use strict";

const { runScenario, FIRST_REPLY_MS } = require("./scenario");

const AGAIN = "register bilateral Tonga 2027-03-11..2027-03-13 topic accession as Mexico";

runScenario(async (pg, step) => {
    await step("welcome card on install", async () => ({ text: await pg.waitForBotText("AttBot", { timeoutMs: FIRST_REPLY_MS }) }));

    await step("a first plan to Tonga registered in one line", async () => {
        const mark = await pg.send("register bilateral Tonga 2027-03-10..2027-03-12 topic accession as Mexico");
        return { text: await pg.waitForBotText(["Registered OR-0001", "Tonga"], { since: mark }) };
    });

    await step("the same again: asked before anything is stored, with three buttons", async () => {
        const mark = await pg.send(AGAIN);
        const text = await pg.waitForBotText(["Did you already register this?", "Your registration OR-0001 already covers Tonga", "Nothing is registered yet"],
            { since: mark, without: ["Registered OR-0002"] });
        const buttons = await pg.buttonsOf(text);
        for (const wanted of ["Register anyway", "Change OR-0001 instead", "Discard"]) {
            if (!buttons.includes(wanted)) throw new Error(`no ${JSON.stringify(wanted)} button; buttons: ${JSON.stringify(buttons)}`);
        }
        return { text, buttons, screenshot: await pg.screenshot("asked-before-registering", { cardTop: true }) };
    });

    await step("Discard stores nothing and says so", async () => {
        const mark = await pg.clickButton("Discard");
        return { text: await pg.waitForBotText("Discarded: nothing was registered.", { since: mark }) };
    });

    await step("asked again, Register anyway stores it", async () => {
        let mark = await pg.send(AGAIN);
        await pg.waitForBotText("Did you already register this?", { since: mark });
        mark = await pg.clickButton("Register anyway");
        const text = await pg.waitForBotText(["Registered OR-0002", "Tonga"], { since: mark });
        return { text, screenshot: await pg.screenshot("registered-anyway", { cardTop: true }) };
    });
});
