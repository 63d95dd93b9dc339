// LibreOffice for tests: a profile of its own per run (other soffice processes must not collide
// with it) that recalculates every formula on load. By default LibreOffice shows the results a
// file stores, and our workbooks store them: a test that wants LibreOffice's own figures must
// make it compute.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** The `-env:UserInstallation=…` argument for soffice: a fresh profile under `dir` that always recalculates. */
export function recalculatingProfile(dir: string): string {
  const profile = join(dir, "profile");
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), ALWAYS_RECALCULATE);
  return `-env:UserInstallation=${pathToFileURL(profile).href}`;
}
