"""Dispatches `python -m app COMMAND`; each command lives in its own module, imported on use."""

from __future__ import annotations

import importlib
import sys

from app.cmdline import ChineseArgumentParser, add_window_arguments

# command -> (module, one-line help). Modules define add_arguments(parser) and run(args) -> int.
COMMANDS: dict[str, tuple[str, str]] = {
    "extract": ("app.cli.extract_cmd", "从报告文件提取记录（--json 每个文件输出一行 JSON）"),
    "validate": ("app.cli.validate_cmd", "校验 JSON 记录，输出发现的问题"),
    "import": ("app.cli.import_cmd", "把报告文件或文件夹导入审核库"),
    "approve": ("app.cli.approve_cmd", "批量批准没有错误的报告"),
    "export": ("app.cli.export_cmd", "导出已批准的记录（CSV / Excel；--all 导出全部）"),
    "correct": ("app.cli.correct_cmd", "按 CSV 清单（file,key,value,note）批量更正数值"),
    "history": ("app.cli.history_cmd", "显示一份报告的修改历史"),
    "push": ("app.cli.push_cmd", "把本机审核库复制到共享服务器（可重复运行，只补充新内容）"),
    "team": ("app.cli.team_cmd", "团队审核：四眼复核、占用时限、组长、释放占用、各人进度"),
}


def _configure_stdio() -> None:
    # A Windows console may default to a legacy code page; records and messages are UTF-8.
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(encoding="utf-8", errors="replace")  # type: ignore[union-attr]
        except (AttributeError, ValueError):
            pass


def _command_first(argv: list[str]) -> list[str]:
    """`--db X import FOLDER`, the review database named before the command (as `git -C DIR
    status`), is `import --db X FOLDER`: every command that opens the database takes --db itself."""
    i = 0
    while i < len(argv) and (argv[i] == "--db" or argv[i].startswith("--db=")):
        i += 1 if "=" in argv[i] else 2
    if 0 < i < len(argv) and argv[i] in COMMANDS:
        return [argv[i], *argv[:i], *argv[i + 1:]]
    return argv


def main(argv: list[str] | None = None) -> int:
    _configure_stdio()
    argv = _command_first(list(sys.argv[1:] if argv is None else argv))
    if not argv or argv[0].startswith("-") and argv[0] not in ("-h", "--help"):
        from app.gui.launch import run_gui  # the window is the default command

        return run_gui(argv)
    parser = ChineseArgumentParser(description="政府信息公开工作年度报告审核工具。不带命令时打开审核窗口。")
    add_window_arguments(parser.add_argument_group("审核窗口的选项（不带命令时）"))
    sub = parser.add_subparsers(dest="command", required=True, title="命令")
    for name, (module, help_text) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(_module=module)
        if name == argv[0]:  # import only the module of the command being run
            importlib.import_module(module).add_arguments(p)
    args = parser.parse_args(argv)
    try:
        return int(importlib.import_module(args._module).run(args) or 0)
    except KeyboardInterrupt:
        print("已中断", file=sys.stderr)
        return 130
