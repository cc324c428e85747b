#!/usr/bin/env node
// The CLI is compiled from src/ into lib/ by `npm install` (the prepare script).
import { main } from '../lib/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
