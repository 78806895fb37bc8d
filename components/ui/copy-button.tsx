"use client";

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "./button";

/** Copies `text` and says so for two seconds; falls back to selecting nothing if the clipboard is blocked. */
export function CopyButton({ text, label }: { text: string; label?: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      setCopied(false);
    }
  }
  return (
    <Button variant="secondary" size="sm" onClick={copy} aria-live="polite">
      {copied ? t("actions.copied") : (label ?? t("actions.copy"))}
    </Button>
  );
}
