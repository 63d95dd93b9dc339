// XXGK_OFFICE_JS, the build option for where taskpane.html loads office.js from: the add-in's own
// copy by default (works without internet), Microsoft's or 21Vianet's CDN on request, anything
// else refused with a message saying what is accepted. Reads webpack.config.js; builds nothing.
const config = require("../../webpack.config.js") as (env: object, argv: object) => Promise<{ plugins: object[] }>;

async function optionsFor(value: string | undefined) {
  const saved = process.env.XXGK_OFFICE_JS;
  if (value === undefined) delete process.env.XXGK_OFFICE_JS;
  else process.env.XXGK_OFFICE_JS = value;
  try {
    const { plugins } = await config({}, { mode: "production" });
    const html = plugins.find((p) => p.constructor.name === "HtmlWebpackPlugin") as { userOptions: { officeJsUrl: string } };
    const copy = plugins.find((p) => p.constructor.name === "CopyPlugin") as { patterns: { to?: string }[] };
    return { url: html.userOptions.officeJsUrl, copiesOfficeJs: copy.patterns.some((p) => p.to === "office-js") };
  } finally {
    if (saved === undefined) delete process.env.XXGK_OFFICE_JS;
    else process.env.XXGK_OFFICE_JS = saved;
  }
}

test("by default office.js is the add-in's own copy, and the build copies it", async () => {
  expect(await optionsFor(undefined)).toEqual({ url: "office-js/office.js", copiesOfficeJs: true });
  expect(await optionsFor("local")).toEqual({ url: "office-js/office.js", copiesOfficeJs: true });
});

test("microsoft, 21vianet or an https address: that CDN, and nothing copied", async () => {
  expect(await optionsFor("microsoft")).toEqual({ url: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js", copiesOfficeJs: false });
  expect(await optionsFor("21vianet")).toEqual({ url: "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js", copiesOfficeJs: false });
  expect(await optionsFor("https://oa.example.gov.cn/lib/office.js")).toEqual({ url: "https://oa.example.gov.cn/lib/office.js", copiesOfficeJs: false });
});

test("anything else is refused, saying in Chinese what is accepted", async () => {
  await expect(optionsFor("http://cdn.example/office.js")).rejects.toThrow(/^XXGK_OFFICE_JS 取值“http:\/\/cdn.example\/office.js”无法识别：应为 local（默认，office.js 随加载项发布，内网可用）/);
});
