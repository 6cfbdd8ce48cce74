#!/usr/bin/env bash
# Opt-in check (not part of the test command) that Inclusio works against Keycloak, the production issuer:
#   1. downloads the Keycloak distribution from Maven Central (org.keycloak:keycloak-quarkus-dist) once,
#   2. starts it on loopback with infra/keycloak/inclusio-realm.json imported and a user city-admin,
#   3. starts the packaged Inclusio with INCLUSIO_SECURITY_ISSUER_URI pointing at that realm (the only change),
#   4. proves that a Keycloak-issued access token is accepted by GET /api/v1/me (and a tampered one is not),
#   5. proves that staff sign-in to the UI through Keycloak's login page works (curl drives the redirects).
# Usage: infra/keycloak/verify.sh            (needs curl, unzip, a JDK 25, the jar: ./mvnw -B -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../.."
version="${KEYCLOAK_VERSION:-26.7.3}"
kc_port=18280 app_port=18081 db_port=15493
java_home="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
jar=ui/target/inclusio.jar
[ -f "$jar" ] || { echo "Build the jar first: ./mvnw -B -DskipTests package" >&2; exit 1; }
cache="${XDG_CACHE_HOME:-$HOME/.cache}/inclusio"
dist="$cache/keycloak-$version"
if [ ! -x "$dist/bin/kc.sh" ]; then
    mkdir -p "$cache"
    if [ ! -s "$cache/keycloak-$version.zip" ]; then
        echo "Downloading Keycloak $version from Maven Central..."
        curl -fsSL -o "$cache/keycloak-$version.zip" \
            "https://repo1.maven.org/maven2/org/keycloak/keycloak-quarkus-dist/$version/keycloak-quarkus-dist-$version.zip"
    fi
    rm -rf "$dist" && unzip -q "$cache/keycloak-$version.zip" -d "$cache"
fi

work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; echo "logs: $work (kept)" >&2; trap - EXIT; for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; exit 1; }

# The realm as shipped, with the UI client's redirect pointing at the port used here.
mkdir -p "$work/import"
sed "s#http://localhost:8080#http://localhost:$app_port#g" infra/keycloak/inclusio-realm.json >"$work/import/inclusio-realm.json"
cp -r "$dist" "$work/keycloak"
cp "$work/import/inclusio-realm.json" "$work/keycloak/data/import/" 2>/dev/null \
    || { mkdir -p "$work/keycloak/data/import" && cp "$work/import/inclusio-realm.json" "$work/keycloak/data/import/"; }
echo "Starting Keycloak $version on 127.0.0.1:$kc_port ..."
JAVA_HOME="$java_home" KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    "$work/keycloak/bin/kc.sh" start-dev --import-realm --http-host=127.0.0.1 --http-port=$kc_port \
    --hostname=http://localhost:$kc_port >"$work/keycloak.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 240); do
    curl -fsS "http://localhost:$kc_port/realms/inclusio/.well-known/openid-configuration" >/dev/null 2>&1 && break
    sleep 1
done
curl -fsS "http://localhost:$kc_port/realms/inclusio/.well-known/openid-configuration" >/dev/null || fail "Keycloak did not start"

kcadm() { JAVA_HOME="$java_home" "$work/keycloak/bin/kcadm.sh" "$@" --config "$work/kcadm.config"; }
kcadm config credentials --server "http://localhost:$kc_port" --realm master --user admin --password admin >/dev/null
# The person exists in Keycloak (credentials) and in Inclusio's demo data (memberships and roles).
kcadm create users -r inclusio -s username=city-admin -s enabled=true -s email=city-admin@example.org \
    -s emailVerified=true -s firstName=Cyril -s lastName=Admin >/dev/null
kcadm set-password -r inclusio --username city-admin --new-password keycloak-demo >/dev/null
# A test-only confidential client that may use the password grant, with the same audience mapper as inclusio-cli.
kcadm create clients -r inclusio -f - >/dev/null <<'JSON'
{"clientId":"inclusio-verify","secret":"verify-secret","publicClient":false,"directAccessGrantsEnabled":true,
 "standardFlowEnabled":false,"protocolMappers":[{"name":"inclusio-api audience","protocol":"openid-connect",
 "protocolMapper":"oidc-audience-mapper","config":{"included.custom.audience":"inclusio-api",
 "access.token.claim":"true","id.token.claim":"false"}}]}
JSON

echo "Starting Inclusio against Keycloak ..."
SERVER_PORT=$app_port INCLUSIO_DATA_DIR="$work/inclusio" INCLUSIO_EMBEDDED_DATABASE_PORT=$db_port \
    INCLUSIO_SECURITY_ISSUER_URI="http://localhost:$kc_port/realms/inclusio" \
    INCLUSIO_SECURITY_CLIENT_ID=inclusio-ui INCLUSIO_SECURITY_CLIENT_SECRET=inclusio-ui-local-secret \
    "$java_home/bin/java" -jar "$jar" >"$work/inclusio.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do curl -fsS "http://127.0.0.1:$app_port/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
curl -fsS "http://127.0.0.1:$app_port/actuator/health" >/dev/null || fail "Inclusio did not start"

echo "1. A Keycloak access token is accepted by the API"
token=$(curl -fsS "http://localhost:$kc_port/realms/inclusio/protocol/openid-connect/token" \
    -d grant_type=password -d client_id=inclusio-verify -d client_secret=verify-secret \
    -d username=city-admin -d password=keycloak-demo -d scope=openid | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
me=$(curl -fsS -H "Authorization: Bearer $token" "http://127.0.0.1:$app_port/api/v1/me") || fail "token refused"
grep -q '"slug":"demo-city"' <<<"$me" || fail "unexpected /api/v1/me: $me"
echo "   /api/v1/me: $me"
# Change one character in the middle of the signature (the last one may only carry padding bits).
signature="${token##*.}"
middle="${signature:20:1}"
[ "$middle" = A ] && replacement=B || replacement=A
tampered="${token%.*}.${signature:0:20}${replacement}${signature:21}"
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $tampered" "http://127.0.0.1:$app_port/api/v1/me")
[ "$status" = 401 ] || fail "a tampered token got $status"
echo "   tampered token: $status"

echo "2. Staff sign-in to the UI goes through Keycloak's login page"
cookies="$work/cookies"
login_page=$(curl -fsS -c "$cookies" -b "$cookies" -L "http://localhost:$app_port/")
action=$(grep -o 'action="[^"]*"' <<<"$login_page" | head -1 | sed -E 's/action="([^"]*)"/\1/; s/&amp;/\&/g')
[[ "$action" == http://localhost:$kc_port/* ]] || fail "no Keycloak login form, got: ${action:-nothing}"
landed=$(curl -fsS -o "$work/landed.html" -w '%{url_effective}' -c "$cookies" -b "$cookies" -L \
    --data-urlencode username=city-admin --data-urlencode password=keycloak-demo "$action")
[[ "$landed" == http://localhost:$app_port/* ]] || fail "sign-in ended at $landed"
profile=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$cookies" -b "$cookies" "http://localhost:$app_port/profile")
[[ "$profile" == 200* ]] || fail "the UI session is not signed in: $profile"
echo "   signed in; /profile answers $profile"
echo "PASS: Keycloak $version issues tokens the API accepts and signs staff in to the UI"
