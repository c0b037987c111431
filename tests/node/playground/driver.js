// Drives the M365 Agents Playground web page in headless Chromium (playwright-core + Debian chromium).
// Selectors and behaviour are described in FINDINGS.md next to this file.
//
//   const pg = await Playground.open({ url: "http://127.0.0.1:56150", artifactsDir });
//   await pg.waitForBotText("Welcome to AttBot");
//   const mark = await pg.send("status Malaysia");
//   await pg.waitForBotText("Signatory", { since: mark });
//   await pg.clickButton("Republic of Korea");
//   await pg.close();
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

    /** Titles of the card buttons on screen, per bot message (messages without buttons give []). */
    async buttonTitles() {
        return this.page.locator(SELECTORS.botMessage).evaluateAll((messages) =>
            messages.map((m) => [...m.querySelectorAll(".ac-adaptiveCard button")]
                .map((b) => b.getAttribute("title") || b.getAttribute("aria-label") || b.innerText.trim())));
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
                        const t = norm(b.getAttribute("title") || b.getAttribute("aria-label") || b.innerText);
                        if (t === wanted) return i;
                    }
                    return -1;
                },
                { selector: SELECTORS.cardButton, wanted },
                { timeout: timeoutMs, polling: 100 }).catch(() => null);
            const index = handle ? await handle.jsonValue() : -1;
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

    async screenshot(name) {
        const file = path.join(this.artifactsDir, `${String(++this.screenshotCount).padStart(2, "0")}-${name.replace(/[^A-Za-z0-9_-]+/g, "_")}.png`);
        await this.page.screenshot({ path: file, fullPage: true });
        return file;
    }

    /** The last lines of the Playground's log panel (activities and their HTTP status codes). */
    async logPanel(lines = 25) {
        try {
            const text = await this.page.locator(SELECTORS.logPanel).innerText({ timeout: 2000 });
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
