#!/usr/bin/env node
// The reader's own language in the M365 Agents Playground's 1:1 chat (the Playground's client says en-US):
//   node language-scenario.js <playground url> <artifacts dir>
// "language fr", then "statut Malaisie" shows the status card in French, "aide" the help in French and "région Océanie"
// the region card in French; "language en" switches back, and "status Malaysia" is English again.
// Output and exit codes: see scenario.js.
"use strict";

const { runScenario, FIRST_REPLY_MS } = require("./scenario");

runScenario(async (pg, step) => {
    await step("welcome card on install", async () => ({ text: await pg.waitForBotText("AttBot", { timeoutMs: FIRST_REPLY_MS }) }));

    await step("language fr: the choice is noted", async () => {
        const mark = await pg.send("language fr");
        return { text: await pg.waitForBotText("AttBot vous répond désormais en français", { since: mark }) };
    });

    await step("statut Malaisie shows the French status card", async () => {
        const mark = await pg.send("statut Malaisie");
        const text = await pg.waitForBotText(["Malaisie", "Signataire, n’a pas encore ratifié", "Signature", "26 septembre 2013", "Données à jour au"],
            { since: mark, without: ["Signatory", "Data current to"] });
        return { text, screenshot: await pg.screenshot("status-malaisie-fr", { cardTop: true }) };
    });

    await step("aide shows the French help", async () => {
        const mark = await pg.send("aide");
        const text = await pg.waitForBotText(["Ce que fait AttBot", "statut Viet Nam"], { since: mark, without: ["What AttBot can do"] });
        return { text: text.slice(0, 200) };
    });

    await step("région Océanie shows the French region card", async () => {
        const mark = await pg.send("région Océanie");
        const text = await pg.waitForBotText(["Océanie", "États parties 7 (47 %)", "Signataires, pas encore parties (2)", "Tableau mondial"],
            { since: mark, without: ["States Parties", "World table"] });
        return { text: text.slice(0, 300), screenshot: await pg.screenshot("region-oceanie-fr", { cardTop: true }) };
    });

    await step("language en switches back: status Malaysia is English", async () => {
        let mark = await pg.send("language en");
        await pg.waitForBotText("AttBot answers you in English", { since: mark });
        mark = await pg.send("status Malaysia");
        const text = await pg.waitForBotText(["Malaysia", "Signatory, not yet ratified", "Data current to"], { since: mark, without: ["Signataire"] });
        return { text };
    });
});
