import { buttonClasses } from "../ui/button";

/** A plain download link: the browser saves the CSV the export route streams back. */
export function CsvLink({ href, label }: { href: string; label: string }) {
  return (
    <a href={href} download className={buttonClasses("secondary", "sm")}>
      {label}
    </a>
  );
}
