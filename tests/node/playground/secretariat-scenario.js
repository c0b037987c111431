#!/usr/bin/env node
// The Secretariat's desk in the M365 Agents Playground; the bot lists the Playground's user in Roles:Secretariat:
// "help" shows the Secretariat's section (history, exports, status edits) beside everyone's commands;
//   BOT_URL=http://127.0.0.1:<bot port> node secretariat-scenario.js <playground url> <artifacts dir>
// "set status Bangladesh party <two weeks ago>" shows the change with entry into force computed (Article 22: 90 days
// after deposit) and "status Bangladesh" then says State Party; "priority Thailand 2" puts Thailand in tier 2 and
// "gaps" lists it, until outreach to it is registered; "export csv" gives a card whose Download link, fetched from
// here (not by the browser), returns the CSV with that registration. Output and exit codes: see scenario.js.
"use strict";

const { runScenario, FIRST_REPLY_MS } = require("./scenario");
const { PlaygroundError } = require("./driver");

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Today (UTC, as the bot counts days) + `days`. */
function utcDay(days) {
    const d = new Date();
    d.setUTCHours(0, 0, 0, 0);
    d.setUTCDate(d.getUTCDate() + days);
    return d;
}

const iso = (d) => d.toISOString().slice(0, 10);
/** As the bot writes dates: "10 November 2026". */
const un = (d) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;

const DEPOSIT = utcDay(-14);
const IN_FORCE = utcDay(-14 + 90);

runScenario(async (pg, step) => {
    const botUrl = process.env.BOT_URL;
    if (!botUrl) {
        throw new PlaygroundError("BOT_URL (the bot's http://127.0.0.1:<port>) is not set: the Download link is checked against it");
    }

    await step("welcome card on install", async () => ({ text: await pg.waitForBotText("AttBot", { timeoutMs: FIRST_REPLY_MS }) }));

    await step("help shows the Secretariat its own commands", async () => {
        const mark = await pg.send("help");
        const text = await pg.waitForBotText(["For the Secretariat", "history OR-0042", "export csv 2027", "set status"], { since: mark });
        return { text };
    });

    await step("set status Bangladesh party two weeks ago: the change with entry into force", async () => {
        const mark = await pg.send(`set status Bangladesh party ${iso(DEPOSIT)} ratification`);
        const text = await pg.waitForBotText([
            "Bangladesh updated",
            "Before Signatory (signed 26 September 2013)",
            `Now State Party (signed 26 September 2013, ratification deposited ${un(DEPOSIT)}, in force ${un(IN_FORCE)})`,
        ], { since: mark });
        return { text, screenshot: await pg.screenshot("status-changed", { cardTop: true }) };
    });

    // Article 22(2): the treaty enters into force for Bangladesh 90 days after its deposit, and the card says so.
    await step("status Bangladesh now says State Party from its entry into force", async () => {
        const mark = await pg.send("status Bangladesh");
        const text = await pg.waitForBotText([
            `Ratified ${un(DEPOSIT)} · State Party from ${un(IN_FORCE)}`, `Ratification deposited ${un(DEPOSIT)}`, `Entry into force ${un(IN_FORCE)}`,
        ], { since: mark, without: ["Signatory, not yet ratified"] });
        return { text };
    });

    await step("priority Thailand 2", async () => {
        const mark = await pg.send("priority Thailand 2");
        const text = await pg.waitForBotText(["Thailand is now in tier 2", "Tier 2 · signatory likely to join in the coming years"], { since: mark });
        return { text };
    });

    await step("gaps lists Thailand: no outreach planned", async () => {
        const mark = await pg.send("gaps");
        const text = await pg.waitForBotText(["Gaps: All states", "Thailand · tier 2 · Signatory, not yet ratified"], { since: mark });
        return { text };
    });

    await step("outreach to Thailand registered in one line; gaps no longer lists it", async () => {
        let mark = await pg.send(`register bilateral Thailand ${iso(utcDay(30))}..${iso(utcDay(32))} topic accession as Mexico`);
        const registered = await pg.waitForBotText(["Registered OR-0001", "Thailand"], { since: mark });
        mark = await pg.send("gaps");
        const gaps = await pg.waitForBotText(["Gaps: All states", "None: every tier 1 to 3 state here has outreach planned"], { since: mark, without: ["Thailand"] });
        return { registered: registered.slice(0, 120), gaps };
    });

    await step("export csv: the Download link returns the CSV", async () => {
        const mark = await pg.send("export csv");
        const text = await pg.waitForBotText(["Export ready: CSV", "1 registration", "Download"], { since: mark });
        const link = await pg.linkOf("Download");
        if (!link.startsWith(`${botUrl}/api/exports/`)) {
            await pg.fail("Download link", new PlaygroundError(`the link ${link} is not on the bot (${botUrl}/api/exports/…)`));
        }
        const response = await fetch(link);
        const csv = await response.text();
        const type = response.headers.get("content-type") || "";
        const lines = csv.trim().split(/\r?\n/);
        // "OR-0001" holds a "-", a formula trigger: every field with one anywhere is quoted (OutreachCsv).
        if (!response.ok || !type.startsWith("text/csv") || !lines[0].startsWith("Registration,Stage,First day,Last day,State codes,States")
            || lines.length !== 2 || !/^"OR-0001",planned,/.test(lines[1]) || !lines[1].includes("Thailand")) {
            await pg.fail("Download link", new PlaygroundError(
                `GET ${link} gave ${response.status} ${type}, expected text/csv with a header and OR-0001 to Thailand:\n${csv.slice(0, 600)}`));
        }
        return { text, link, status: response.status, type, csv: lines };
    });
});
