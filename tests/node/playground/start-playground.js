#!/usr/bin/env node
// Starts the M365 Agents Playground CLI bound to 127.0.0.1 only, with nothing that reaches outside:
//   node start-playground.js -e http://127.0.0.1:3978/api/messages -c msteams -p 56150 --disable-telemetry
// All arguments go to the CLI unchanged. The CLI listens on every interface (server.listen(port)) and
// opens a browser; this wrapper makes every listen without an explicit host use 127.0.0.1, and sets
// TEAMSAPPTESTER_BROWSER=none (the CLI's own switch) so no browser is launched.
"use strict";

const net = require("net");
const path = require("path");

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
    const first = args[0];
    if (typeof first === "number" || (typeof first === "string" && /^\d+$/.test(first))) {
        if (typeof args[1] !== "string") args.splice(1, 0, "127.0.0.1");
    } else if (first && typeof first === "object" && !Array.isArray(first) && first.port !== undefined && !first.host) {
        args[0] = { ...first, host: "127.0.0.1" };
    }
    return listen.apply(this, args);
};

process.env.TEAMSAPPTESTER_BROWSER = "none";

const cli = path.join(__dirname, "..", "node_modules", "@microsoft", "m365agentsplayground", "cli.js");
process.argv = [process.argv[0], cli, ...process.argv.slice(2)];
require(cli);
