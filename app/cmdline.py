"""The command line in Chinese, shared by the window's options (app.gui.launch) and the bulk
commands (app.cli): argparse's own words ("usage:", "options:", "error: the following arguments
are required") translated, the program's name, --version, and the window's options."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from app import __version__

SCREENSHOT_SIZE = (1366, 768)  # the smallest screen reviewers use

# argparse's messages (Python 3.10-3.13) -> Chinese. argparse looks each up through gettext at the
# moment it prints, so the module's lookup function is replaced (see use_chinese).
ARGPARSE_ZH: dict[str, str] = {
    "usage: ": "用法：",
    "options": "选项",
    "optional arguments": "选项",
    "positional arguments": "位置参数",
    "show this help message and exit": "显示本帮助并退出",
    "show program's version number and exit": "显示程序版本并退出",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选择：%(value)r（可选：%(choices)s）",
    "invalid choice: %(value)r, maximum number of choices: %(max)d": "无效的选择：%(value)r",
    "expected one argument": "需要一个值",
    "expected at most one argument": "最多一个值",
    "expected at least one argument": "至少需要一个值",
    "invalid %(type)s value: %(value)r": "无效的值：%(value)r",
    "ambiguous option: %(option)s could match %(matches)s": "选项 %(option)s 不明确，可能是 %(matches)s",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "ignored explicit argument %r": "忽略了多余的值 %r",
    "one of the arguments %s is required": "必须给出以下参数之一：%s",
    "unexpected option string: %s": "意外的选项：%s",
}
ARGPARSE_ZH_PLURAL: dict[str, str] = {"expected %s argument": "需要 %s 个值"}


def _translate(message: str) -> str:
    return ARGPARSE_ZH.get(message, message)


def _translate_plural(singular: str, plural: str, n: int) -> str:
    return ARGPARSE_ZH_PLURAL.get(singular, singular if n == 1 else plural)


def use_chinese() -> None:
    """argparse's own words in Chinese for this process (the program prints nothing in English)."""
    argparse._ = _translate  # type: ignore[attr-defined]
    argparse.ngettext = _translate_plural  # type: ignore[attr-defined]


class ChineseArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose usage, help headings and errors are Chinese, with --version."""

    def __init__(self, *args, **kwargs) -> None:
        use_chinese()
        kwargs.setdefault("prog", program_name())
        super().__init__(*args, **kwargs)
        if kwargs.get("add_help", True) and not kwargs.get("parents"):
            self.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                              help="显示程序版本并退出")


def program_name() -> str:
    """How the user started us: the executable's name when frozen, else `python -m app`."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).name
    return "python -m app"


def window_size(text: str) -> tuple[int, int]:
    """'1920x1080' (or 1920×1080) -> (1920, 1080); argparse prints the message of a bad value."""
    match = re.fullmatch(r"\s*(\d{3,5})\s*[xX×*]\s*(\d{3,5})\s*", text)
    if not match:
        raise argparse.ArgumentTypeError(f"窗口大小应写成 宽x高，例如 1920x1080：{text}")
    return int(match.group(1)), int(match.group(2))


def add_window_arguments(parser: argparse.ArgumentParser | argparse._ArgumentGroup) -> None:
    """The window's options (no command given)."""
    # A plain string: pathlib would turn postgresql://host into postgresql:/host.
    parser.add_argument("--db", help="审核库：SQLite 文件（默认在用户数据文件夹中）或 postgresql://用户@主机:端口/库名")
    parser.add_argument("--sample", action="store_true", help="不询问，直接导入程序自带的示例报告")
    parser.add_argument("--screenshot", type=Path, metavar="OUT.png",
                        help="在屏幕外绘制窗口（默认 1366×768），保存为 PNG 后退出")
    parser.add_argument("--select", metavar="SOURCE", help="截图时选中的报告（按文件名匹配）")
    parser.add_argument("--size", type=window_size, default=SCREENSHOT_SIZE, metavar="WxH",
                        help="截图时的窗口大小，例如 1920x1080（默认 1366x768）")
