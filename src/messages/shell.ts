// Texts of the add-in shell: `npm start`, `npm run validate` and the manifest check behind it.
import type { MessageText } from "./format";

export const MANIFEST_MESSAGES = {
  malformedXml: {
    zh: "清单第 {line} 行不是格式正确的 XML（{detail}）。请检查这一行附近的标签是否成对、引号是否闭合，文字中的 & 和 < 是否写成了 &amp; 和 &lt;。",
    en: "The manifest is not well-formed XML at line {line} ({detail}). Check that tags near that line are closed, quotes are paired and & < in text are written &amp; &lt;.",
  },
  wrongRoot: {
    zh: "根元素应为 OfficeApp（命名空间 {namespace}），实际是 {found}。请以仓库中的 manifest.xml 为模板。",
    en: "The root element must be OfficeApp in namespace {namespace}, found {found}. Start from the repository's manifest.xml.",
  },
  missingXmlNamespace: {
    zh: "第 {line} 行的 {element} 缺少或写错了 XML 命名空间（应为 xmlns=\"{namespace}\"），Office 将无法识别清单。",
    en: "{element} at line {line} lacks or misspells its XML namespace (expected xmlns=\"{namespace}\"); Office will not recognise the manifest.",
  },
  missingElement: {
    zh: "缺少必需的元素 {element}（应位于 {parent} 内）。请参照仓库中的 manifest.xml 补上。",
    en: "Required element {element} is missing (it belongs inside {parent}). Copy it from the repository's manifest.xml.",
  },
  missingAttribute: {
    zh: "第 {line} 行的 {element} 缺少属性 {attribute}。",
    en: "{element} at line {line} lacks the attribute {attribute}.",
  },
  badValue: {
    zh: "第 {line} 行的 {element} 取值“{found}”不合要求：应为 {expected}。",
    en: "{element} at line {line} has the value \"{found}\"; expected {expected}.",
  },
  missingRequirementSet: {
    zh: "Requirements 中缺少要求集 {set}（最低版本 {version}）：加载项不经检查就调用了它的接口，版本更低的 Excel 装上后会出错。",
    en: "Requirements lack the set {set} (minimum version {version}): the add-in calls it without asking, and an older Excel would install it and then fail.",
  },
  undefinedResid: {
    zh: "第 {line} 行引用了资源“{resid}”，但 Resources 中没有定义 id 为“{resid}”的条目。请在 Resources 中补上，或改正拼写。",
    en: "Line {line} refers to resource \"{resid}\", which Resources does not define. Add it to Resources or fix the spelling.",
  },
  duplicateResourceId: {
    zh: "第 {line} 行：资源 id“{resid}”在 Resources 中重复定义。",
    en: "Line {line}: resource id \"{resid}\" is defined more than once in Resources.",
  },
  notHttps: {
    zh: "第 {line} 行的地址 {url} 不是 https。Office 只加载 https 地址，请改为 https://。",
    en: "The address {url} at line {line} is not https. Office loads https addresses only: use https://.",
  },
  noTaskpaneButton: {
    zh: "DesktopFormFactor 中没有打开任务窗格的按钮（Control xsi:type=\"Button\"，Action xsi:type=\"ShowTaskpane\"）。",
    en: "DesktopFormFactor has no button that opens the task pane (Control xsi:type=\"Button\" with Action xsi:type=\"ShowTaskpane\").",
  },
} as const satisfies Record<string, MessageText>;

export const VALIDATE_MESSAGES = {
  usage: {
    zh: "用法：node scripts/validate-manifest.js manifest.xml [--offline]",
    en: "Usage: node scripts/validate-manifest.js manifest.xml [--offline]",
  },
  unreadable: {
    zh: "读不到清单文件 {file}（{detail}）。请确认路径正确。",
    en: "Cannot read the manifest file {file} ({detail}). Check the path.",
  },
  offlineFailed: {
    zh: "清单 {file} 未通过离线检查，共 {count} 处问题：",
    en: "The manifest {file} failed the offline check with {count} problem(s):",
  },
  offlinePassed: {
    zh: "清单 {file} 已通过离线结构检查。",
    en: "The manifest {file} passed the offline structural check.",
  },
  onlineSkipped: {
    zh: "已按 --offline 跳过微软的联网校验服务：仅完成离线检查。",
    en: "Skipped Microsoft's online validation service (--offline): offline only.",
  },
  onlineUnreachable: {
    zh: "连不上微软的联网校验服务（{detail}）：仅完成离线检查（offline only）。联网后可再运行 npm run validate。",
    en: "Microsoft's online validation service is out of reach ({detail}): offline only. Run npm run validate again when online.",
  },
  onlinePassed: {
    zh: "微软联网校验服务也接受了此清单。",
    en: "Microsoft's online validation service accepted the manifest too.",
  },
  onlineRejected: {
    zh: "微软联网校验服务拒绝了此清单：",
    en: "Microsoft's online validation service rejected the manifest:",
  },
} as const satisfies Record<string, MessageText>;

export const START_MESSAGES = {
  certificatesFailed: {
    zh: "无法生成或安装本机 https 开发证书（{detail}）。改用 http 提供页面：浏览器可以打开，但 Excel 需要 https，无法加载。",
    en: "Could not create or install the local https development certificate ({detail}). Serving over http: a browser can open the pane, Excel (which needs https) cannot.",
  },
  excelUnavailable: {
    zh: "本机（{platform}）无法运行桌面版 Excel，不进行旁加载；任务窗格在浏览器中同样可用。",
    en: "Desktop Excel cannot run on this machine ({platform}), so nothing is sideloaded; the task pane works in a browser too.",
  },
  sideloadFailed: {
    zh: "未能把加载项旁加载到桌面版 Excel（{detail}）。页面仍在运行，可在浏览器中打开，或按下面的步骤在网页版 Excel 中加载。",
    en: "Could not sideload the add-in into desktop Excel ({detail}). The page is still served: open it in a browser, or load it in Excel on the web as below.",
  },
  sideloading: {
    zh: "正在启动桌面版 Excel 并旁加载加载项……",
    en: "Starting desktop Excel and sideloading the add-in…",
  },
  serving: {
    zh: "任务窗格已在此地址提供：{url}",
    en: "The task pane is served at: {url}",
  },
  browserHint: {
    zh: "在浏览器（Chrome、Edge、WPS 内置浏览器等）中打开上面的地址即可使用导入、校验功能。",
    en: "Open the address above in a browser (Chrome, Edge, WPS's built-in browser…) to import and check reports.",
  },
  webSideloadSteps: {
    zh: "在网页版 Excel 中使用：打开一个工作簿 → “开始”→“加载项”→“更多加载项”→“我的加载项”→“上传我的加载项”→ 选择 {manifest}。",
    en: "In Excel on the web: open a workbook → Home → Add-ins → More Add-ins → My Add-ins → Upload My Add-in → choose {manifest}.",
  },
  webNeedsHttps: {
    zh: "注意：网页版 Excel 只能加载 https 地址；当前是 http，请先解决证书问题（见 README）。",
    en: "Note: Excel on the web loads https addresses only; this server is http, so fix the certificate first (see README).",
  },
  stopHint: {
    zh: "按 Ctrl+C 停止。",
    en: "Press Ctrl+C to stop.",
  },
  portInUse: {
    zh: "端口 {port} 已被占用（可能已有一个 npm start 在运行）。请先关闭它，或换一个端口：XXGK_PORT={next} npm start（此时只适合浏览器使用，manifest.xml 中的地址仍是 3000）。",
    en: "Port {port} is in use (perhaps another npm start is running). Stop it, or use another port: XXGK_PORT={next} npm start (for a browser only; manifest.xml still says 3000).",
  },
  startFailed: {
    zh: "无法启动开发服务器：{reason}",
    en: "The dev server could not start: {reason}",
  },
} as const satisfies Record<string, MessageText>;

export const BUILD_MESSAGES = {
  publicUrlNotHttps: {
    zh: "XXGK_PUBLIC_URL 必须是 https 地址（现在是“{url}”）：Office 只加载 https。例如 XXGK_PUBLIC_URL=https://服务器地址/xxgk/ npm run build",
    en: "XXGK_PUBLIC_URL must be an https address (it is \"{url}\"): Office loads https only. E.g. XXGK_PUBLIC_URL=https://your.server/xxgk/ npm run build",
  },
  badOfficeJs: {
    zh: "XXGK_OFFICE_JS 取值“{value}”无法识别：应为 local（默认，office.js 随加载项发布，内网可用）、microsoft（微软 CDN）、21vianet（世纪互联 CDN），或以 https:// 开头、以 /office.js 结尾的地址。",
    en: "XXGK_OFFICE_JS=\"{value}\" is not understood: expected local (the default, office.js shipped with the add-in, works on an intranet), microsoft (Microsoft's CDN), 21vianet (the 21Vianet CDN), or an https:// address ending in /office.js.",
  },
} as const satisfies Record<string, MessageText>;

/** The start page's own text (src/taskpane/taskpane.html), before the pane's script runs. */
export const BOOT_MESSAGES = {
  starting: { zh: "正在启动……", en: "Starting…" },
  officeJsStuck: {
    zh: "Office 脚本库（office.js）{seconds} 秒内没有加载完成，网络可能不通。请联系管理员：按 README“内网部署”，让加载项使用随它发布的 office.js（默认设置）。",
    en: "Office's script library (office.js) did not load within {seconds} s; the network may be blocked. Ask your administrator to build the add-in with its own office.js (the default, README: intranet deployment).",
  },
} as const satisfies Record<string, MessageText>;
