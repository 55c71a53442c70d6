#!/bin/sh
# Copies the form-js viewer bundle that Sojourn's pages use from the npm registry into
# src/main/resources/static/vendor/form-js/. The files are committed, so building and running
# Sojourn needs only Java; npm is needed only here, to change the version.
#
# The version is the one Camunda 7's webapps pin (@bpmn-io/form-js in webapps/frontend/package.json), so
# that the .form files render alike in Tasklist and in Sojourn's pages. Change it in one place: VERSION.
set -eu
cd "$(dirname "$0")/.."
version=$(cat src/main/resources/static/vendor/form-js/VERSION)
target=src/main/resources/static/vendor/form-js
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@bpmn-io/form-js@$version" >/dev/null && tar xzf ./*.tgz)
cp "$work/package/dist/form-viewer.umd.js" "$target/form-viewer.umd.js"
cp "$work/package/dist/assets/form-js.css" "$target/form-js.css"
cp "$work/package/dist/assets/flatpickr/light.css" "$target/flatpickr-light.css"
cp "$work/package/LICENSE" "$target/LICENSE"
echo "form-js $version copied to $target"
