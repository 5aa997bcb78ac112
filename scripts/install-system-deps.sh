#!/usr/bin/env bash
# Debian packages the tests and `npm start` need: Python for the AWS emulator (moto), Chromium and the
# build dependencies of VS Code's native modules for the offline editor tests (see test/editor/README.md).
# Java 17 and Maven run Apache Velocity, the oracle of the mapping-template tests (test/server/service/velocity/oracle).
set -euo pipefail
packages=(openjdk-17-jdk-headless maven python3 python3-venv python3-pip chromium ripgrep libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config build-essential)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
