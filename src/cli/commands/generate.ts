import type { Command } from 'commander';

// Placeholder: filled in by its issue.
export function registerGenerateCommand(_program: Command): void {}
