import type { Command } from 'commander';

// Placeholder: filled in by issue 4.
export function registerAnalyzeCommand(_program: Command): void {}
