// Drives the M365 Agents Playground web page in headless Chromium (playwright-core + Debian chromium).
// Selectors and behaviour are described in FINDINGS.md next to this file.
//
//   const pg = await Playground.open({ url: "http://127.0.0.1:56150", artifactsDir });
//   await pg.waitForBotText("Welcome to AttBot");
//   const mark = await pg.send("status Malaysia");
//   await pg.waitForBotText("Signatory", { since: mark });
//   await pg.clickButton("Republic of Korea");
//   const url = await pg.linkOf("Download");             // an Action.OpenUrl button's address
//   await pg.fillText("You act for", "Mexico");            // card inputs, found by their label
//   await pg.choose("State", "Tonga", { typing: "Tonga" }); // compact or filtered Input.ChoiceSet
//   await pg.typeDate("From", "2027-03-10");
//   await pg.tick("Ratification / accession");
//   await pg.close();
//
//   await pg.searchMessageExtension("tonga", { commandId: "searchState", parameterName: "state", expect: "Tonga" });
//   const inserted = await pg.insertSearchResult("Tonga");   // the card now in the compose box
//   const [map] = await pg.cardImages(text);                 // <img> of a bot message, once loaded
//
//   await pg.openConversation("Group Chat");                  // or "Personal Chat", "My Team - General"
//   const mark2 = await pg.sendMentioning("Test Bot", "outreach Tonga");  // "<at>Test Bot</at> outreach Tonga"
//   await pg.postMentioning("Test Bot", "outreach Tonga");    // a new post in a team channel
//   await pg.waitForCardText("Outreach for Tonga");           // any card, a channel thread's too
//
// Every failing wait or click throws a PlaygroundError whose message lists the bot messages on
// screen and the tail of the Playground's log panel, after saving a screenshot in artifactsDir.
"use strict";

const fs = require("fs");
const path = require("path");

const CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
];

const SELECTORS = {
    botMessage: ".fai-OutputCard",
    card: ".ac-adaptiveCard",
    cardButton: ".fai-OutputCard .ac-adaptiveCard button",
    composer: '[data-lexical-editor="true"][role="textbox"]',
    sendButton: 'button[aria-label="Send Message"]',
    logPanel: 'div[contenteditable="true"][spellcheck="false"]',
    // The message-extension trigger left of the Send button, its menu, and the search popover it opens (FINDINGS.md).
    meTrigger: 'button[aria-label="Trigger Message Extension App"]',
    mePopover: ".fui-PopoverSurface",
    meSearch: 'input[placeholder="Enter a search term"]',
};

class PlaygroundError extends Error {}

// Same text for "People's" and "People’s", any run of white space as one space.
function normalize(text) {
    return String(text).replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\s+/g, " ").trim();
}

function findChromium() {
    const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
    const found = candidates.find((p) => p && fs.existsSync(p));
    if (!found) {
        throw new PlaygroundError(
            `No Chromium found (looked at ${candidates.filter(Boolean).join(", ")}): install the Debian package "chromium" or set CHROMIUM_PATH.`);
    }
    return found;
}

function loadPlaywright() {
    try {
        return require("playwright-core");
    } catch (e) {
        throw new PlaygroundError(`playwright-core is missing: run "npm ci" in tests/node (${e.message})`);
    }
}

class Playground {
    static async open({ url, artifactsDir, defaultTimeoutMs = 20000 }) {
        const { chromium } = loadPlaywright();
        fs.mkdirSync(artifactsDir, { recursive: true });
        const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
        const pg = new Playground(browser, url, artifactsDir, defaultTimeoutMs);
        try {
            await pg._open();
        } catch (e) {
            try {
                await pg.fail(`open ${url}`, e);
            } finally {
                await pg.close();
            }
        }
        return pg;
    }

    constructor(browser, url, artifactsDir, defaultTimeoutMs) {
        this.browser = browser;
        this.url = url;
        this.artifactsDir = artifactsDir;
        this.timeout = defaultTimeoutMs;
        this.pageErrors = [];
        this.screenshotCount = 0;
    }

    async _open() {
        this.context = await this.browser.newContext({ viewport: { width: 1400, height: 1000 } });
        this.page = await this.context.newPage();
        this.page.setDefaultTimeout(this.timeout);
        this.page.on("pageerror", (e) => this.pageErrors.push(`page error: ${e.message}`));
        // The page fetches fonts and an animation from a CDN: refuse everything that is not this machine,
        // so a run is the same with or without internet.
        await this.page.route(
            (u) => !/^(https?|wss?):\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\//.test(u.href),
            (route) => route.abort("blockedbyclient"));
        await this.page.goto(this.url, { waitUntil: "load" });
        await this.page.locator(SELECTORS.composer).waitFor({ state: "visible" });
    }

    /** Texts of the bot messages on screen, oldest first (white space normalized). */
    async botMessages() {
        return (await this.page.locator(SELECTORS.botMessage).allInnerTexts()).map(normalize);
    }

    /** What is on screen now; pass it as `since` to wait for something new or changed after it. */
    async mark() {
        return { texts: await this.botMessages() };
    }

    /**
     * Waits until a bot message contains every one of the given substrings (and none of `without`).
     * With `since` (a mark), only messages that arrived or changed after the mark count: a card
     * replaced in place by an invoke response counts as changed. Returns the matching message text.
     */
    async waitForBotText(substrings, { since, without = [], timeoutMs = this.timeout } = {}) {
        const wanted = (Array.isArray(substrings) ? substrings : [substrings]).map(normalize);
        const unwanted = (Array.isArray(without) ? without : [without]).map(normalize);
        try {
            const handle = await this.page.waitForFunction(
                ({ selector, wanted, unwanted, before }) => {
                    const norm = (t) => t.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\s+/g, " ").trim();
                    const texts = [...document.querySelectorAll(selector)].map((e) => norm(e.innerText));
                    for (let i = texts.length - 1; i >= 0; i--) {
                        const fresh = !before || i >= before.length || texts[i] !== before[i];
                        if (fresh && wanted.every((w) => texts[i].includes(w)) && !unwanted.some((u) => texts[i].includes(u))) {
                            return texts[i];
                        }
                    }
                    return false;
                },
                { selector: SELECTORS.botMessage, wanted, unwanted, before: since ? since.texts : null },
                { timeout: timeoutMs, polling: 100 });
            return await handle.jsonValue();
        } catch (e) {
            const what = `${since ? "new or changed " : ""}bot message containing ${wanted.map((w) => JSON.stringify(w)).join(" and ")}` +
                (unwanted.length ? ` but not ${unwanted.map((w) => JSON.stringify(w)).join(", ")}` : "");
            return this.fail(`waitForBotText`, new PlaygroundError(`No ${what} within ${timeoutMs} ms`), e);
        }
    }

    /** Types a message into the composer and sends it; returns the mark taken just before sending. */
    async send(text) {
        try {
            const mark = await this.mark();
            const composer = this.page.locator(SELECTORS.composer);
            await composer.click();
            await composer.pressSequentially(text);
            await this.page.locator(SELECTORS.sendButton).click();
            return mark;
        } catch (e) {
            return this.fail(`send ${JSON.stringify(text)}`, e);
        }
    }

    // ---- Other conversations: the chat list offers "Personal Chat", "Group Chat" (Alex and five other users) and the
    // team's channels ("My Team - General", ...). A group chat reaches the bot only with its @mention (FINDINGS.md).

    /**
     * Opens the conversation of the chat list labelled `label` and waits until the list shows it selected. The list has no
     * aria-selected: the selected item is the one whose class differs from the others' (FINDINGS.md), so this waits until
     * the clicked item has the class the selected one had before the click.
     */
    async openConversation(label, { timeoutMs = this.timeout } = {}) {
        try {
            const items = this.page.locator('[role="treeitem"]');
            const item = items.and(this.page.locator(`[aria-label="${label}"]`));
            const classes = await items.evaluateAll((els) => els.map((e) => e.className));
            const selected = classes.find((c) => classes.filter((o) => o === c).length === 1);
            if (selected === undefined) {
                throw new PlaygroundError(`no item of the chat list looks selected (classes ${JSON.stringify(classes)})`);
            }
            await item.click();
            const shown = await item.evaluate((e, { selected, timeoutMs }) => new Promise((resolve) => {
                const done = () => e.className === selected;
                if (done()) return resolve(true);
                const observer = new MutationObserver(() => done() && (observer.disconnect(), resolve(true)));
                observer.observe(e, { attributes: true, attributeFilter: ["class"] });
                setTimeout(() => (observer.disconnect(), resolve(done())), timeoutMs);
            }), { selected, timeoutMs });
            if (!shown) {
                throw new PlaygroundError(`${JSON.stringify(label)} did not become the selected conversation within ${timeoutMs} ms`);
            }
            await this.page.locator(SELECTORS.composer).first().waitFor({ state: "visible" });
        } catch (e) {
            return this.fail(`openConversation ${JSON.stringify(label)}`, e);
        }
    }

    /**
     * Sends `text` after an @mention of `name` ("Test Bot"), picked from the composer's mention list as a person would:
     * the bot receives "<at>Test Bot</at> text" with a mention entity. Returns the mark taken just before sending.
     */
    async sendMentioning(name, text) {
        try {
            const mark = await this.mark();
            const composer = this.page.locator(SELECTORS.composer);
            await composer.click();
            await composer.pressSequentially(`@${name.split(" ")[0]}`);
            await this.page.locator('[role="menuitem"]').filter({ hasText: name }).first().click();
            await composer.locator(".mention", { hasText: name }).waitFor({ state: "visible" });
            await composer.pressSequentially(` ${text}`);
            await this.page.locator(SELECTORS.sendButton).click();
            return mark;
        } catch (e) {
            return this.fail(`sendMentioning ${JSON.stringify(name)} ${JSON.stringify(text)}`, e);
        }
    }

    /**
     * In a team channel: starts a new post with an @mention of `name` and `text` ("Start a new post" box, Post button). The
     * bot's answer comes as a reply in that post's thread, which is not a `.fai-OutputCard`: wait with waitForCardText.
     */
    async postMentioning(name, text) {
        try {
            const box = this.page.locator(SELECTORS.composer).first();
            await box.click();
            await box.pressSequentially(`@${name.split(" ")[0]}`);
            await this.page.locator('[role="menuitem"]').filter({ hasText: name }).first().click();
            await box.locator(".mention", { hasText: name }).waitFor({ state: "visible" });
            await box.pressSequentially(` ${text}`);
            await this.page.getByRole("button", { name: "Post", exact: true }).click();
        } catch (e) {
            return this.fail(`postMentioning ${JSON.stringify(name)} ${JSON.stringify(text)}`, e);
        }
    }

    /**
     * Waits until an Adaptive Card anywhere in the chat pane (a channel's threads too) contains every one of the given
     * substrings and none of `without`; returns its text.
     */
    async waitForCardText(substrings, { without = [], timeoutMs = this.timeout } = {}) {
        const wanted = (Array.isArray(substrings) ? substrings : [substrings]).map(normalize);
        const unwanted = (Array.isArray(without) ? without : [without]).map(normalize);
        const handle = await this.page.waitForFunction(
            ({ selector, wanted, unwanted }) => {
                const norm = (t) => t.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\s+/g, " ").trim();
                const texts = [...document.querySelectorAll(selector)].map((e) => norm(e.innerText));
                return texts.reverse().find((t) => wanted.every((w) => t.includes(w)) && !unwanted.some((u) => t.includes(u))) || false;
            },
            { selector: SELECTORS.card, wanted, unwanted },
            { timeout: timeoutMs, polling: 100 }).catch(() => null);
        if (!handle) {
            const what = `card containing ${wanted.map((w) => JSON.stringify(w)).join(" and ")}` +
                (unwanted.length ? ` but not ${unwanted.map((w) => JSON.stringify(w)).join(", ")}` : "");
            const cards = (await this.page.locator(SELECTORS.card).allInnerTexts()).map(normalize);
            return this.fail("waitForCardText", new PlaygroundError(`No ${what} within ${timeoutMs} ms; cards on screen: ${JSON.stringify(cards)}`));
        }
        return handle.jsonValue();
    }

    /** Waits until the chat pane shows `text` anywhere (a Playground notice under a message, for instance). */
    async waitForPageText(text, { timeoutMs = this.timeout } = {}) {
        try {
            await this.page.getByText(text).first().waitFor({ state: "visible", timeout: timeoutMs });
        } catch (e) {
            return this.fail(`waitForPageText ${JSON.stringify(text)}`, new PlaygroundError(`${JSON.stringify(text)} is not on the page after ${timeoutMs} ms`), e);
        }
    }

    /** Titles of the card buttons on screen, per bot message (messages without buttons give []). */
    async buttonTitles() {
        return this.page.locator(SELECTORS.botMessage).evaluateAll((messages) =>
            messages.map((m) => [...m.querySelectorAll(".ac-adaptiveCard button")]
                .map((b) => b.getAttribute("aria-label") || b.getAttribute("title") || b.innerText.trim())));
    }

    /** Titles of the card buttons in the most recent bot message whose text is `messageText`. */
    async buttonsOf(messageText) {
        const texts = await this.botMessages();
        const titles = await this.buttonTitles();
        const index = texts.lastIndexOf(normalize(messageText));
        return index < 0 ? [] : titles[index].map(normalize);
    }

    /**
     * Clicks the card button whose title is exactly `title` (after normalization), in the most recent
     * message that has one. Returns the mark taken just before clicking.
     */
    async clickButton(title, { timeoutMs = this.timeout } = {}) {
        const wanted = normalize(title);
        try {
            const buttons = this.page.locator(SELECTORS.cardButton);
            const handle = await this.page.waitForFunction(
                ({ selector, wanted }) => {
                    const norm = (t) => t.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\s+/g, " ").trim();
                    const all = [...document.querySelectorAll(selector)];
                    for (let i = all.length - 1; i >= 0; i--) {
                        const b = all[i];
                        const t = norm(b.getAttribute("aria-label") || b.getAttribute("title") || b.innerText);
                        if (t === wanted) return { index: i }; // an object: index 0 is falsy and would keep waitForFunction waiting
                    }
                    return null;
                },
                { selector: SELECTORS.cardButton, wanted },
                { timeout: timeoutMs, polling: 100 }).catch(() => null);
            const index = handle ? (await handle.jsonValue()).index : -1;
            if (index < 0) {
                const titles = (await this.buttonTitles()).flat();
                throw new PlaygroundError(`No card button titled ${JSON.stringify(title)} within ${timeoutMs} ms; buttons on screen: ${JSON.stringify(titles)}`);
            }
            const mark = await this.mark();
            await buttons.nth(index).click();
            return mark;
        } catch (e) {
            return this.fail(`clickButton ${JSON.stringify(title)}`, e);
        }
    }

    /**
     * The address behind the Action.OpenUrl button titled `title` in the most recent message that has one. The
     * Playground renders such a button as <button role="link" aria-label="<title>" title="<url>">; a click calls
     * window.open(url). Reading the address lets a scenario fetch it itself instead of relying on a browser download.
     */
    async linkOf(title, { timeoutMs = this.timeout } = {}) {
        const wanted = normalize(title);
        const handle = await this.page.waitForFunction(
            ({ selector, wanted }) => {
                const norm = (t) => t.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\s+/g, " ").trim();
                const links = [...document.querySelectorAll(selector)];
                for (let i = links.length - 1; i >= 0; i--) {
                    if (norm(links[i].getAttribute("aria-label") || links[i].innerText) === wanted && links[i].getAttribute("title")) {
                        return links[i].getAttribute("title");
                    }
                }
                return false;
            },
            { selector: `${SELECTORS.cardButton}[role="link"]`, wanted },
            { timeout: timeoutMs, polling: 100 }).catch(() => null);
        if (!handle) {
            const titles = (await this.buttonTitles()).flat();
            return this.fail(`linkOf ${JSON.stringify(title)}`,
                new PlaygroundError(`No link button titled ${JSON.stringify(title)} within ${timeoutMs} ms; buttons on screen: ${JSON.stringify(titles)}`));
        }
        return handle.jsonValue();
    }

    // ---- Card inputs. The Playground renders Adaptive Cards with Fluent UI v9 controls (see FINDINGS.md):
    // each input has a <label for=...> holding the card's `label`; choice sets are comboboxes whose options
    // appear in a popup list; Input.Date is a text field that opens a calendar when clicked.

    /**
     * The input labelled `label` in the most recent card that has one (also a checkbox of a multi-select
     * choice set, labelled by its choice title). Waits until such a card is on screen.
     */
    async input(label, { timeoutMs = this.timeout } = {}) {
        const wanted = normalize(label);
        const handle = await this.page.waitForFunction(
            ({ selector, wanted }) => {
                const norm = (t) => t.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\s+/g, " ").trim();
                const labels = [...document.querySelectorAll(selector)];
                for (let i = labels.length - 1; i >= 0; i--) {
                    const id = labels[i].getAttribute("for");
                    if (id && norm(labels[i].innerText) === wanted && document.getElementById(id)) return id;
                }
                return false;
            },
            { selector: `${SELECTORS.botMessage} ${SELECTORS.card} label`, wanted },
            { timeout: timeoutMs, polling: 100 }).catch(() => null);
        if (!handle) {
            const labels = (await this.page.locator(`${SELECTORS.botMessage} ${SELECTORS.card} label`).allInnerTexts()).map(normalize);
            throw new PlaygroundError(`No card input labelled ${JSON.stringify(label)} within ${timeoutMs} ms; labels on screen: ${JSON.stringify(labels)}`);
        }
        return this.page.locator(`[id="${await handle.jsonValue()}"]`);
    }

    /** What the input labelled `label` shows now (text, chosen title, formatted date). */
    async inputValue(label) {
        try {
            return await (await this.input(label)).inputValue();
        } catch (e) {
            return this.fail(`inputValue ${JSON.stringify(label)}`, e);
        }
    }

    /** Clicks into a text input, selects what is there and types `text` over it. */
    async fillText(label, text) {
        try {
            const input = await this.input(label);
            await input.click();
            await input.press("ControlOrMeta+a");
            await input.pressSequentially(text);
            await this._expectValue(input, label, text);
        } catch (e) {
            return this.fail(`fillText ${JSON.stringify(label)}`, e);
        }
    }

    /**
     * Opens the choice set labelled `label` and clicks the option titled `option`. With `typing`, types it
     * first (a "filtered" choice set narrows its list to the options containing the text).
     */
    async choose(label, option, { typing } = {}) {
        try {
            const input = await this.input(label);
            await input.click();
            if (typing !== undefined) {
                await input.press("ControlOrMeta+a");
                await input.pressSequentially(typing);
            }
            const options = this.page.getByRole("option", { name: option, exact: true });
            try {
                await options.first().waitFor({ state: "visible" });
            } catch {
                const shown = (await this.page.getByRole("option").allInnerTexts()).map(normalize);
                throw new PlaygroundError(`no option ${JSON.stringify(option)} in the list; it shows ${shown.length} option(s): ${JSON.stringify(shown.slice(0, 20))}`);
            }
            await options.first().click();
            await this._expectValue(input, label, option);
        } catch (e) {
            return this.fail(`choose ${JSON.stringify(option)} in ${JSON.stringify(label)}`, e);
        }
    }

    /**
     * Types a date (given as YYYY-MM-DD) into the date input labelled `label`, as a user does: clicking the
     * field opens a calendar that takes the focus; Escape closes it and puts the caret back in the field,
     * where the date is typed as "March 10, 2027" (read by the page's Date.parse as a local date, whatever the
     * browser's locale) and taken on leaving the field. Checks that the field then shows that date.
     */
    async typeDate(label, isoDate) {
        try {
            const [y, m, d] = isoDate.split("-").map(Number);
            const typed = new Date(y, m - 1, d).toLocaleDateString("en-US", { dateStyle: "long" });
            const input = await this.input(label);
            await input.click();
            await this.page.keyboard.press("Escape");
            const id = await input.getAttribute("id");
            const focused = await this.page.waitForFunction((id) => document.activeElement?.id === id, id, { timeout: 2000 }).catch(() => null);
            if (!focused) {
                throw new PlaygroundError(`after Escape the focus is not back in the date field but on ${await this.page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))}`);
            }
            await input.press("ControlOrMeta+a");
            await input.pressSequentially(typed);
            await input.press("Tab");
            // The card shows the date in the browser's locale (AdaptiveCards formatDate: dateStyle "long").
            const shown = await this.page.evaluate(([y, m, d]) => new Date(y, m - 1, d).toLocaleDateString(undefined, { dateStyle: "long" }), [y, m, d]);
            await this._expectValue(input, label, shown);
        } catch (e) {
            return this.fail(`typeDate ${JSON.stringify(label)} ${isoDate}`, e);
        }
    }

    /** Ticks the checkbox labelled `label` (an Input.Toggle's title or a multi-select choice's title). */
    async tick(label) {
        try {
            const box = await this.input(label);
            await box.check();
        } catch (e) {
            return this.fail(`tick ${JSON.stringify(label)}`, e);
        }
    }

    async _expectValue(input, label, expected) {
        // Waits in the page for the input's value to become the expected one (bounded: 3 s), then reads it once more.
        const element = await input.elementHandle();
        await this.page.waitForFunction(([el, want]) => el.value === want, [element, expected], { timeout: 3000 })
            .catch(() => {}) // the check below says what the input shows instead
            .finally(() => element.dispose());
        const actual = await input.inputValue();
        if (actual !== expected) {
            throw new PlaygroundError(`the input labelled ${JSON.stringify(label)} shows ${JSON.stringify(actual)}, not ${JSON.stringify(expected)}`);
        }
    }

    /**
     * The activity of type `type` (e.g. "invoke") the Playground last sent to the bot, as its log panel shows
     * it on a click (tab Request): the exact JSON the bot received. Null when there is none.
     */
    async lastRequestToBot(type) {
        try {
            const status = new RegExp(`^${type} \\d{3}$`);
            const line = this.page.locator(SELECTORS.logPanel).first().locator("div")
                .filter({ hasText: "Playground -> User Application" })
                .filter({ has: this.page.getByText(status) }).last();
            await line.getByText(status).click({ timeout: 5000 });
            const tabs = this.page.locator('[role="tablist"]').filter({ has: this.page.getByRole("tab", { name: "Request" }) });
            await tabs.getByRole("tab", { name: "Request" }).click({ timeout: 5000 });
            const text = await tabs.locator("xpath=../..").innerText({ timeout: 5000 });
            return JSON.parse(text.slice(text.indexOf("{"), text.lastIndexOf("}") + 1));
        } catch {
            return null;
        }
    }

    // ---- The search message extension ("Trigger Message Extension App" > "Search Command"). The Playground does not
    // read the manifest: the command id and parameter name are typed in its popover (empty, it sends them empty).

    /**
     * Opens the search popover, fills in the command id and parameter name if given, types `query` and waits until a
     * result titled exactly `expect` is listed. Returns the results as [{ title, text }].
     */
    async searchMessageExtension(query, { commandId, parameterName, expect, timeoutMs = this.timeout } = {}) {
        try {
            await this.page.locator(SELECTORS.meTrigger).click();
            await this.page.getByRole("menuitem", { name: "Search Command", exact: true }).click();
            const popover = this.page.locator(SELECTORS.mePopover).filter({ hasText: "Search-Based Message Extension" });
            const search = popover.locator(SELECTORS.meSearch);
            await search.waitFor({ state: "visible" });
            if (commandId !== undefined || parameterName !== undefined) {
                await popover.getByText("Specify Command ID or Parameter", { exact: true }).click();
                if (commandId !== undefined) await popover.getByPlaceholder("Command ID", { exact: true }).fill(commandId);
                if (parameterName !== undefined) await popover.getByPlaceholder("Parameter name", { exact: true }).fill(parameterName);
            }
            // fill(): one input event, so one composeExtension/query (typing key by key sends one per key).
            await search.fill(query);
            const results = () => popover.locator("h1").evaluateAll((titles) => titles.map((h) => ({
                title: h.innerText.trim(),
                text: (h.parentElement?.innerText ?? "").replace(/\s+/g, " ").trim(),
            })));
            if (expect !== undefined) {
                const found = await popover.locator("h1").getByText(expect, { exact: true }).first()
                    .waitFor({ state: "visible", timeout: timeoutMs }).then(() => true, () => false);
                if (!found) {
                    const text = normalize(await popover.innerText().catch(() => ""));
                    throw new PlaygroundError(`no search result titled ${JSON.stringify(expect)} within ${timeoutMs} ms; the popover shows: ${text.slice(0, 400)}`);
                }
            }
            return await results();
        } catch (e) {
            return this.fail(`searchMessageExtension ${JSON.stringify(query)}`, e);
        }
    }

    /**
     * Clicks the search result titled `title`: the Playground closes the popover and puts the result's card into the
     * compose box (sent only when the user presses Send). Returns the text of that card once it is there.
     */
    async insertSearchResult(title, { timeoutMs = this.timeout } = {}) {
        try {
            const popover = this.page.locator(SELECTORS.mePopover).filter({ hasText: "Search-Based Message Extension" });
            await popover.locator("h1").getByText(title, { exact: true }).first().click();
            const card = this.page.locator(`${SELECTORS.composer} ${SELECTORS.card}`).first();
            await card.waitFor({ state: "visible", timeout: timeoutMs });
            return normalize(await card.innerText());
        } catch (e) {
            return this.fail(`insertSearchResult ${JSON.stringify(title)}`, e);
        }
    }

    /**
     * Presses Send with a card in the compose box and waits until the chat shows it as the user's own message (a card
     * outside the bot's messages and the compose box) containing every one of `substrings`. Returns the mark taken
     * before sending and the card's text.
     */
    async sendComposedCard(substrings, { timeoutMs = this.timeout } = {}) {
        const wanted = (Array.isArray(substrings) ? substrings : [substrings]).map(normalize);
        try {
            const mark = await this.mark();
            await this.page.locator(SELECTORS.sendButton).click();
            const handle = await this.page.waitForFunction(
                ({ card, bot, composer, wanted }) => {
                    const norm = (t) => t.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\s+/g, " ").trim();
                    const mine = [...document.querySelectorAll(card)].filter((c) => !c.closest(bot) && !c.closest(composer));
                    const texts = mine.map((c) => norm(c.innerText));
                    const found = texts.reverse().find((t) => wanted.every((w) => t.includes(w)));
                    return found && !document.querySelector(`${composer} ${card}`) ? found : false;
                },
                { card: SELECTORS.card, bot: SELECTORS.botMessage, composer: SELECTORS.composer, wanted },
                { timeout: timeoutMs, polling: 100 }).catch(() => null);
            if (!handle) {
                throw new PlaygroundError(`no card of the user's containing ${wanted.map((w) => JSON.stringify(w)).join(" and ")} in the chat (and none left in the compose box) within ${timeoutMs} ms`);
            }
            return { mark, text: await handle.jsonValue() };
        } catch (e) {
            return this.fail(`sendComposedCard`, e);
        }
    }

    /**
     * The <img> elements in the most recent bot message containing `messageText` (a substring), each as
     * { src, alt, naturalWidth, naturalHeight }, once every one of them has finished loading (complete). An image the
     * browser could not load has naturalWidth 0.
     */
    async cardImages(messageText, { timeoutMs = this.timeout } = {}) {
        const wanted = normalize(messageText);
        const handle = await this.page.waitForFunction(
            ({ selector, card, wanted }) => {
                const norm = (t) => t.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\s+/g, " ").trim();
                const messages = [...document.querySelectorAll(selector)].filter((m) => norm(m.innerText).includes(wanted));
                if (messages.length === 0) return false;
                const images = [...messages[messages.length - 1].querySelectorAll(`${card} img`)];
                if (images.length === 0 || images.some((i) => !i.complete)) return false;
                return images.map((i) => ({ src: i.src, alt: i.alt, naturalWidth: i.naturalWidth, naturalHeight: i.naturalHeight }));
            },
            { selector: SELECTORS.botMessage, card: SELECTORS.card, wanted },
            { timeout: timeoutMs, polling: 100 }).catch(() => null);
        if (!handle) {
            return this.fail(`cardImages ${JSON.stringify(messageText)}`,
                new PlaygroundError(`no bot message containing ${JSON.stringify(messageText)} with card images all loaded within ${timeoutMs} ms`));
        }
        return handle.jsonValue();
    }

    /** Saves a screenshot of the page; with `cardTop`, first scrolls the chat so the latest card's top shows. */
    async screenshot(name, { cardTop = false } = {}) {
        if (cardTop) {
            await this.page.locator(`${SELECTORS.botMessage} ${SELECTORS.card}`).last()
                .evaluate((card) => card.scrollIntoView({ block: "start" })).catch(() => {});
        }
        const file = path.join(this.artifactsDir, `${String(++this.screenshotCount).padStart(2, "0")}-${name.replace(/[^A-Za-z0-9_-]+/g, "_")}.png`);
        await this.page.screenshot({ path: file, fullPage: true });
        return file;
    }

    /** The last lines of the Playground's log panel (activities and their HTTP status codes). */
    async logPanel(lines = 25) {
        try {
            // .first(): the Request/Response view that a click on a log line opens matches the selector too.
            const text = await this.page.locator(SELECTORS.logPanel).first().innerText({ timeout: 2000 });
            return text.split("\n").filter((l) => l.trim()).slice(-lines);
        } catch {
            return [];
        }
    }

    /** Saves a screenshot and throws a PlaygroundError saying what was on screen. */
    async fail(step, error, cause) {
        let shot = "(no screenshot)";
        let messages = [];
        let logLines = [];
        if (this.page) {
            try { shot = await this.screenshot(`FAILED-${step}`); } catch (e) { shot = `(screenshot failed: ${e.message})`; }
            try { messages = await this.botMessages(); } catch { /* page gone */ }
            logLines = await this.logPanel();
        }
        const detail = cause ? `\n  cause: ${cause.message.split("\n")[0]}` : "";
        const message = `${step} failed: ${error.message.split("\n")[0]}${detail}\n` +
            `  screenshot: ${shot}\n` +
            `  bot messages on screen (oldest first):\n${messages.map((m, i) => `    [${i}] ${m}`).join("\n") || "    (none)"}\n` +
            `  Playground log panel (last lines):\n${logLines.map((l) => `    ${l}`).join("\n") || "    (empty)"}` +
            (this.pageErrors.length ? `\n  page errors:\n${this.pageErrors.map((l) => `    ${l}`).join("\n")}` : "");
        throw new PlaygroundError(message);
    }

    async close() {
        await this.browser.close().catch(() => {});
    }
}

module.exports = { Playground, PlaygroundError, normalize };
