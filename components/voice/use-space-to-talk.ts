"use client";

import { useEffect, useRef } from "react";
import { isTalkKey, spaceBelongsTo } from "./space-to-talk";

type Controls = { press: () => void; release: () => void; cancel: () => void };

/**
 * Hold the space bar anywhere on the page to talk, unless focus is in something that types
 * (the command bar keeps its spaces). Escape drops the turn; leaving the window ends it.
 */
export function useSpaceToTalk(controls: Controls) {
  const latest = useRef(controls);
  useEffect(() => {
    latest.current = controls;
  });
  useEffect(() => {
    let spaceHeld = false;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") return latest.current.cancel();
      if (!isTalkKey(event) || spaceBelongsTo(event.target)) return;
      // Also stops the page from scrolling and a focused button from clicking.
      event.preventDefault();
      if (event.repeat || spaceHeld) return;
      spaceHeld = true;
      latest.current.press();
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key !== " " || !spaceHeld) return;
      event.preventDefault();
      spaceHeld = false;
      latest.current.release();
    };
    const onBlur = () => {
      if (!spaceHeld) return;
      spaceHeld = false;
      latest.current.release();
    };
    window.addEventListener("keydown", onKeyDown);
    window.addEventListener("keyup", onKeyUp);
    window.addEventListener("blur", onBlur);
    return () => {
      window.removeEventListener("keydown", onKeyDown);
      window.removeEventListener("keyup", onKeyUp);
      window.removeEventListener("blur", onBlur);
    };
  }, []);
}
