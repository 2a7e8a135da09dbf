import type { Command } from 'commander';

// Placeholder: filled in by its issue.
export function registerApprovalsCommand(_program: Command): void {}
