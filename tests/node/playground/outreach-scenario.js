#!/usr/bin/env node
// Outreach registration through the form card in the M365 Agents Playground, by clicking and typing:
//   node outreach-scenario.js <playground url> <artifacts dir>
// "register" shows the form; a first submission whose window ends before it starts comes back as the same
// form with "One thing to fix, marked below", the problem under its field and the typed values kept; once fixed it is registered as OR-0001 (the bot starts
// with an empty database), and "mine" lists it. Output and exit codes: see scenario.js.
"use strict";

const { runScenario, FIRST_REPLY_MS } = require("./scenario");
const { PlaygroundError } = require("./driver");

/** Today + `days` in the local calendar, as YYYY-MM-DD. */
function inDays(days) {
    const d = new Date();
    d.setDate(d.getDate() + days);
    return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, "0")).join("-");
}

const START = inDays(40);
const WRONG_END = inDays(30);
const END = inDays(42);

/**
 * Clicks Register and waits for the card to change into one containing `wanted`. Returns its text and the
 * `value.action.data` of the invoke the bot got (read from the Playground's log panel), which goes into
 * the failure message when the expected card does not come.
 */
async function register(pg, wanted) {
    const mark = await pg.clickButton("Register");
    let text;
    let failure;
    try {
        text = await pg.waitForBotText(wanted, { since: mark });
    } catch (e) {
        failure = e;
    }
    const request = await pg.lastRequestToBot("invoke");
    if (failure) {
        throw new PlaygroundError(`${failure.message}\n  the last invoke the bot got (Playground log panel): ${JSON.stringify(request)}`);
    }
    return { text, invokeData: request?.value?.action?.data ?? "(not found in the log panel)" };
}

async function expectInput(pg, label, expected) {
    const actual = await pg.inputValue(label);
    if (actual !== expected) {
        await pg.fail(`expect ${JSON.stringify(label)}`, new Error(`the field shows ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`));
    }
}

runScenario(async (pg, step) => {
    await step("welcome card on install", async () => ({ text: await pg.waitForBotText("AttBot", { timeoutMs: FIRST_REPLY_MS }) }));

    await step("register shows the form", async () => {
        const mark = await pg.send("register");
        const text = await pg.waitForBotText(["Register outreach", "You act for", "State", "Topics"], { since: mark });
        await pg.input("You act for"); // rendered, not only its text
        return { text: text.slice(0, 80) };
    });

    await step("fill in the form with the end before the start", async () => {
        await pg.fillText("You act for", "Mexico");
        await pg.choose("Kind of outreach", "Bilateral");
        await pg.choose("State", "Tonga — neither signatory nor party", { typing: "Tonga" });
        await pg.typeDate("From", START);
        await pg.typeDate("To (optional)", WRONG_END);
        return { start: START, end: WRONG_END, screenshot: await pg.screenshot("form-filled", { cardTop: true }) };
    });

    await step("Register answers with the problem under its field, values kept", async () => {
        const { text, invokeData } = await register(pg, ["to fix, marked below", "before it starts"]);
        await expectInput(pg, "You act for", "Mexico");
        await expectInput(pg, "Kind of outreach", "Bilateral");
        await expectInput(pg, "State", "Tonga — neither signatory nor party");
        return { text: text.slice(0, 160), invokeData, screenshot: await pg.screenshot("please-fix", { cardTop: true }) };
    });

    await step("fix the end date, tick a topic, Register gives OR-0001", async () => {
        await pg.typeDate("To (optional)", END);
        await pg.tick("Ratification / accession");
        const { text, invokeData } = await register(pg, ["Registered OR-0001", "Tonga", "Mexico"]);
        return { text, invokeData, screenshot: await pg.screenshot("registered") };
    });

    await step("mine lists OR-0001", async () => {
        const mark = await pg.send("mine");
        const text = await pg.waitForBotText(["Your registrations", "OR-0001", "Tonga"], { since: mark });
        return { text };
    });
});
