"use client";

import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format";

type Day = { date: string; collectedPaise: number };

const WIDTH = 600;
const HEIGHT = 160;
const GAP = 4;

/** Payments received per day as plain SVG bars (no chart library); today is the last bar. */
export function CollectionsChart({ days }: { days: Day[] }) {
  const { t } = useTranslation("home");
  const { money, dayMonth } = useFormat();
  const max = Math.max(...days.map((day) => day.collectedPaise), 0);
  const total = days.reduce((sum, day) => sum + day.collectedPaise, 0);
  const barWidth = days.length > 0 ? WIDTH / days.length - GAP : 0;
  const first = days[0];
  const last = days.at(-1);

  return (
    <figure className="flex flex-col gap-2">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-40 w-full"
        preserveAspectRatio="none"
        role="img"
        aria-label={t("chart.summary", { count: days.length, total: money(total) })}
      >
        <line x1="0" y1={HEIGHT - 0.5} x2={WIDTH} y2={HEIGHT - 0.5} stroke="#cbd5e1" />
        {days.map((day, index) => {
          const height =
            max > 0 ? Math.max((day.collectedPaise / max) * (HEIGHT - 8), day.collectedPaise > 0 ? 3 : 0) : 0;
          return (
            <rect
              key={day.date}
              x={index * (barWidth + GAP) + GAP / 2}
              y={HEIGHT - height}
              width={barWidth}
              height={height}
              rx="2"
              className={index === days.length - 1 ? "fill-advance-700" : "fill-brand-600"}
            >
              <title>{`${dayMonth(`${day.date}T12:00:00+05:30`)}: ${money(day.collectedPaise)}`}</title>
            </rect>
          );
        })}
      </svg>
      <figcaption className="flex justify-between text-xs text-slate-600">
        <span>{first ? dayMonth(`${first.date}T12:00:00+05:30`) : ""}</span>
        <span>{t("chart.total", { total: money(total) })}</span>
        <span>{last ? t("chart.today") : ""}</span>
      </figcaption>
    </figure>
  );
}
