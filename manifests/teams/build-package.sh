#!/usr/bin/env bash
# Builds the sideloadable Teams app package of AttBot: a zip whose root holds manifest.json, color.png,
# outline.png and the French and Spanish strings fr.json and es.json (no folder), with the bot's Microsoft
# App ID written into bots[0].botId.
#
#   manifests/teams/build-package.sh [--teams-app-id GUID] [MicrosoftAppId] [output.zip]
#
# MicrosoftAppId  the bot's App ID (Entra app registration / Azure Bot resource); if omitted, taken
#                 from the environment variable MicrosoftAppId (the name the bot's configuration uses).
# output.zip      default: <repo>/artifacts/attbot-teams.zip; a relative path is taken from the
#                 current directory.
# --teams-app-id  the Teams app id (manifest "id"); also read from env TeamsAppId. If neither is given,
#                 the manifest id is the bot's App ID too, so every package built for one bot has the
#                 same, stable Teams app id and uploading a new package updates the installed app.
#
# The committed manifest.json carries the all-zero GUID as placeholder so that it validates against
# the schema as is; this script replaces it. Needs only bash and python3 (standard library).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$here/../.." && pwd)"
guid_re='^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$'
placeholder='00000000-0000-0000-0000-000000000000'

usage() {
    sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

fail() {
    echo "build-package: $*" >&2
    exit 1
}

teams_app_id="${TeamsAppId:-}"
positional=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        -h|--help) usage; exit 0 ;;
        --teams-app-id) [[ $# -ge 2 ]] || fail "--teams-app-id needs a GUID"; teams_app_id="$2"; shift 2 ;;
        --teams-app-id=*) teams_app_id="${1#*=}"; shift ;;
        -*) fail "unknown option '$1' (see --help)" ;;
        *) positional+=("$1"); shift ;;
    esac
done
[[ ${#positional[@]} -le 2 ]] || fail "too many arguments (see --help)"

app_id="${positional[0]:-${MicrosoftAppId:-}}"
output="${positional[1]:-$repo_root/artifacts/attbot-teams.zip}"

[[ -n "$app_id" ]] || fail "no Microsoft App ID: pass it as the first argument or set MicrosoftAppId (see --help)"
[[ "$app_id" =~ $guid_re ]] || fail "the Microsoft App ID must be a GUID like 1b2c3d4e-5f60-7182-93a4-b5c6d7e8f901, got '$app_id'"
[[ "$app_id" != "$placeholder" ]] || fail "the all-zero GUID is the placeholder of the committed manifest, not an App ID"
if [[ -n "$teams_app_id" ]]; then
    [[ "$teams_app_id" =~ $guid_re ]] || fail "the Teams app id must be a GUID, got '$teams_app_id'"
    [[ "$teams_app_id" != "$placeholder" ]] || fail "the all-zero GUID is a placeholder, not a Teams app id"
fi
[[ "$output" == *.zip ]] || fail "the output file must end in .zip, got '$output'"
command -v python3 >/dev/null || fail "python3 is required"

python3 - "$here" "$app_id" "$teams_app_id" "$output" <<'PY'
import json, os, sys, zipfile

src, app_id, teams_app_id, output = sys.argv[1:5]
app_id, teams_app_id = app_id.lower(), teams_app_id.lower()
with open(os.path.join(src, "manifest.json"), encoding="utf-8") as f:
    manifest = json.load(f)

bots = manifest.get("bots") or []
if len(bots) != 1:
    sys.exit("build-package: manifest.json must declare exactly one bot")
bots[0]["botId"] = app_id
for extension in manifest.get("composeExtensions") or []:
    extension["botId"] = app_id  # the message extension is served by the same bot
manifest["id"] = teams_app_id or app_id

icons = [manifest["icons"]["color"], manifest["icons"]["outline"]]
for icon in icons:
    if os.path.basename(icon) != icon or not os.path.isfile(os.path.join(src, icon)):
        sys.exit(f"build-package: icon '{icon}' must be a file next to manifest.json")

# The French and Spanish strings (localizationInfo) travel beside the manifest, at the root too.
languages = [l["file"] for l in (manifest.get("localizationInfo") or {}).get("additionalLanguages", [])]
for language in languages:
    if os.path.basename(language) != language or not os.path.isfile(os.path.join(src, language)):
        sys.exit(f"build-package: language file '{language}' must be a file next to manifest.json")

output = os.path.abspath(output)
os.makedirs(os.path.dirname(output), exist_ok=True)
partial = output + ".partial"

def add(archive, name, data):
    # fixed timestamp and mode: the same inputs give the same zip
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    archive.writestr(info, data)

try:
    with zipfile.ZipFile(partial, "w") as archive:
        add(archive, "manifest.json", (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
        for name in icons + languages:
            with open(os.path.join(src, name), "rb") as f:
                add(archive, name, f.read())
    os.replace(partial, output)
finally:
    if os.path.exists(partial):
        os.remove(partial)

print(f"Teams app package: {output}")
print(f"  bot App ID:   {app_id}")
print(f"  Teams app id: {manifest['id']}")
print(f"  version:      {manifest['version']}")
PY
