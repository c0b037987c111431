#!/usr/bin/env node
// Checks Adaptive Cards with the official parser (npm "adaptivecards", the library Teams and the
// M365 Agents Playground render with), targeting what Teams accepts from bots: card version 1.5.
//
// Input: a JSON array of cards on stdin, or the path of a file holding one as the first argument.
// An element may also be an attachment ({ contentType, content }); its content is checked.
// Output (stdout): a JSON array, one { index, errors: [...], warnings: [...] } per card.
// Exit code: 0 when the check ran (whatever it found), 2 when it could not run (bad input, library
// missing: run `npm ci` in tests/node).
//
// No DOM shim: the library only touches `window`/`document` when rendering, and this script only
// parses and validates, so it runs in plain Node.
//
// What the parser itself reports (found by trying; see tests in AttBot.Cards.Tests):
//   parse:    unknown element/action types, invalid enum values ("size": "huge"), properties newer
//             than the target version ("role" on an action is 1.6), invalid version strings;
//   validate: card version above 1.5, inputs without id, Action.OpenUrl without url, empty choice
//             sets, duplicate ids, more than 6 actions in a set (a warning: Teams shows the rest
//             behind "..."). A missing "version" it reads as 1.0 silently, so that is checked here.
// What it does NOT report: a TextBlock without text, an action without title, misspelt property
// names (silently dropped). Those are added below as "lint" warnings, because Teams also drops them
// silently and the user just sees a blank or unlabelled thing.
"use strict";

const fs = require("fs");

const TEAMS_MAX_VERSION = "1.5";

let AC;
try {
    AC = require("adaptivecards/dist/adaptivecards.js");
} catch (e) {
    process.stderr.write(`Cannot load the adaptivecards package (run "npm ci" in tests/node): ${e.message}\n`);
    process.exit(2);
}

// Teams (and the Agents Playground) show 6 buttons per action set and put the rest behind "...";
// the library's default host config says 5.
const HOST_CONFIG = new AC.HostConfig({ actions: { maxActions: 6 } });

// Events that make a card wrong for Teams; everything else is reported as a warning.
const WARNING_EVENTS = new Set([
    AC.ValidationEvent.Hint,
    AC.ValidationEvent.TooManyActions, // still usable, through the overflow menu
    AC.ValidationEvent.Deprecated,
    AC.ValidationEvent.RequiredInputsShouldHaveLabel,
    AC.ValidationEvent.RequiredInputsShouldHaveErrorMessage,
    AC.ValidationEvent.Other,
]);

// Property names the parser reads outside its property schema, or that Teams adds on top of it.
const NON_SCHEMA_PROPERTIES = new Set([
    "type", "fallback", "items", "body", "actions", "columns", "inlines", "rows", "cells",
    "msteams", "$schema", "$data", "$when",
]);

function describe(source) {
    if (!source || typeof source.getJsonTypeName !== "function") return "";
    const id = source.id ? `#${source.id}` : "";
    return ` (${source.getJsonTypeName()}${id})`;
}

function eventName(event) {
    return AC.ValidationEvent[event] || String(event);
}

function lint(cardObject, source, warnings) {
    const schema = cardObject.getSchema();
    const known = new Set(NON_SCHEMA_PROPERTIES);
    for (let i = 0; i < schema.getCount(); i++) known.add(schema.getItemAt(i).name);
    for (const key of Object.keys(source)) {
        if (!known.has(key)) {
            warnings.push(`lint: unknown property "${key}" is ignored${describe(cardObject)}`);
        }
    }
    const type = cardObject.getJsonTypeName();
    if (type === "TextBlock" && (typeof source.text !== "string" || source.text.trim() === "")) {
        warnings.push(`lint: TextBlock without text${describe(cardObject)}`);
    }
    if (cardObject instanceof AC.Action && !source.title && !source.iconUrl) {
        warnings.push(`lint: action without title or iconUrl${describe(cardObject)}`);
    }
}

function checkCard(card, index) {
    const errors = [];
    const warnings = [];
    if (card && card.contentType && card.content !== undefined) {
        if (card.contentType !== "application/vnd.microsoft.card.adaptive") {
            errors.push(`attachment contentType is "${card.contentType}", not application/vnd.microsoft.card.adaptive`);
        }
        card = card.content;
    }
    if (!card || typeof card !== "object" || Array.isArray(card)) {
        errors.push("not a JSON object");
        return { index, errors, warnings };
    }
    if (typeof card.version !== "string") {
        // The parser quietly reads a missing version as 1.0 and accepts a number; the schema wants
        // a string, and Teams a version it can compare.
        errors.push(`PropertyCantBeNull: Property "version" must be a string such as "1.5", got ${JSON.stringify(card.version)}. (AdaptiveCard)`);
    }

    const teamsMax = AC.Version.parse(TEAMS_MAX_VERSION, new AC.SerializationContext());
    // An invalid version string is reported by the card parse below; here it only falls back to 1.5.
    const declared = typeof card.version === "string" ? AC.Version.parse(card.version, new AC.SerializationContext()) : undefined;
    // Parse against the card's own version, capped at what Teams renders: a property newer than
    // the declared version is as wrong as one newer than Teams.
    const target = declared && declared.isValid && declared.compareTo(teamsMax) < 0 ? declared : teamsMax;

    const adaptiveCard = new AC.AdaptiveCard();
    adaptiveCard.hostConfig = HOST_CONFIG;
    adaptiveCard.maxVersion = teamsMax;
    const context = new AC.SerializationContext(target);
    context.onParseElement = (element, source) => lint(element, source, warnings);
    context.onParseAction = (action, source) => lint(action, source, warnings);
    try {
        adaptiveCard.parse(card, context);
    } catch (e) {
        errors.push(`parser threw: ${e.message}`);
        return { index, errors, warnings };
    }
    lint(adaptiveCard, card, warnings);

    const seen = new Set();
    const report = (phase, e) => {
        const text = `${eventName(e.event)}: ${e.message}${describe(e.source)}`;
        const key = `${phase}|${text}`;
        if (seen.has(key)) return;
        seen.add(key);
        (WARNING_EVENTS.has(e.event) ? warnings : errors).push(text);
    };
    // Parse events first (unknown types, bad values, too-new properties), then validateProperties().
    for (let i = 0; i < context.eventCount; i++) report("parse", context.getEventAt(i));
    for (const e of adaptiveCard.validateProperties().validationEvents) report("validate", e);
    return { index, errors, warnings };
}

function readInput() {
    const file = process.argv[2];
    const text = file ? fs.readFileSync(file, "utf8") : fs.readFileSync(0, "utf8");
    const parsed = JSON.parse(text);
    return Array.isArray(parsed) ? parsed : [parsed];
}

let cards;
try {
    cards = readInput();
} catch (e) {
    process.stderr.write(`Cannot read a JSON array of cards from ${process.argv[2] || "stdin"}: ${e.message}\n`);
    process.exit(2);
}

process.stdout.write(JSON.stringify(cards.map(checkCard), null, 2) + "\n");
