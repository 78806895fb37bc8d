"use client";

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useIsOwner } from "../shell/current-user";
import { Button } from "../ui/button";
import { BulkOverdueDialog } from "./bulk-overdue-dialog";

/** "Remind everyone over 30 days overdue": the owner's (staff see nothing), wherever it is placed. */
export function BulkOverdueButton() {
  const { t } = useTranslation("reminders");
  const isOwner = useIsOwner();
  const [open, setOpen] = useState(false);
  if (!isOwner) return null;
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t("bulk.open")}
      </Button>
      <BulkOverdueDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}
