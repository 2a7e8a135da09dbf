import type { Command } from 'commander';

// Placeholder: filled in by its issue.
export function registerReviewCommand(_program: Command): void {}
