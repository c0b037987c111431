#!/usr/bin/env node
// Issue 16 in the M365 Agents Playground: the search message extension and the map in the region card.
//   node compose-scenario.js <playground url> <artifacts dir>      (BOT_URL=http://127.0.0.1:<bot port> to check the map's address)
// "Trigger Message Extension App" > "Search Command" with the manifest's command (searchState, parameter state): "tonga"
// lists Tonga with its status as the preview; clicking it puts Tonga's status card into the compose box (neither signatory
// nor party, Oceania · Polynesia, no outreach planned: the seed data, fresh database), and Send posts it into the chat,
// where the bot leaves it unanswered.
// Then "region Oceania" shows the region card with the map, an <img> from the bot's /api/maps/ that the browser loaded.
// Output and exit codes: see scenario.js.
"use strict";

const { runScenario, FIRST_REPLY_MS } = require("./scenario");
const { PlaygroundError } = require("./driver");

const TONGA = ["Tonga", "Neither signatory nor party", "Region Oceania · Polynesia", "UN regional group Asia-Pacific States", "No outreach planned."];

runScenario(async (pg, step) => {
    await step("welcome card on install", async () => ({ text: await pg.waitForBotText("AttBot", { timeoutMs: FIRST_REPLY_MS }) }));

    await step("searching tonga in the message extension lists Tonga with its status", async () => {
        const results = await pg.searchMessageExtension("tonga", { commandId: "searchState", parameterName: "state", expect: "Tonga" });
        const tonga = results.find((r) => r.title === "Tonga");
        if (!tonga.text.includes("Neither signatory nor party")) {
            throw new PlaygroundError(`the Tonga result's preview is ${JSON.stringify(tonga.text)}, not its status`);
        }
        return { results };
    });

    await step("clicking the result puts Tonga's status card into the compose box", async () => {
        const text = await pg.insertSearchResult("Tonga");
        const missing = TONGA.filter((t) => !text.includes(t));
        if (missing.length) {
            throw new PlaygroundError(`the inserted card lacks ${JSON.stringify(missing)}: ${JSON.stringify(text)}`);
        }
        return { text, screenshot: await pg.screenshot("compose-box-card") };
    });

    let sent;
    await step("Send posts the card into the chat", async () => {
        sent = await pg.sendComposedCard(TONGA);
        return { text: sent.text };
    });

    await step("region Oceania shows the region card with the map, loaded from the bot", async () => {
        const mark = await pg.send("region Oceania");
        const text = await pg.waitForBotText(["Oceania", "States 15", "States Parties 7 (47%)"], { since: mark });
        // The sent card asked nothing: the region card is the only bot message since (no "I don't know “<span class=…").
        const since = (await pg.botMessages()).slice(sent.mark.texts.length);
        if (since.length !== 1) throw new PlaygroundError(`the bot answered the sent card: ${JSON.stringify(since.slice(0, -1))}`);
        const images = await pg.cardImages("States Parties 7 (47%)");
        const map = images.find((i) => new URL(i.src).pathname.startsWith("/api/maps/"));
        if (!map) throw new PlaygroundError(`no map image in the region card; images: ${JSON.stringify(images)}`);
        const bot = process.env.BOT_URL;
        if (bot && new URL(map.src).origin !== new URL(bot).origin) {
            throw new PlaygroundError(`the map's address ${map.src} is not the bot's (${bot})`);
        }
        if (!(map.naturalWidth > 0)) throw new PlaygroundError(`the browser could not load the map ${map.src} (naturalWidth 0)`);
        if (!map.alt.startsWith("Map of Oceania")) throw new PlaygroundError(`the map's alt text is ${JSON.stringify(map.alt)}`);
        return { text: text.slice(0, 120), map, screenshot: await pg.screenshot("region-oceania-map", { cardTop: true }) };
    });
});
