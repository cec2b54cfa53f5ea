"""Wording of the printing codes (zh default, en): plain data, collected by :func:`special_ed.messages.catalogue`."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # what a batch sent to a printer came to (results.printing.PrinterBatch.summary_lines)
    "print.batch_sent": (
        "已送打印机“{printer}”：{children} 名儿童的档案，共 {pages} 页（{jobs} 个打印任务）",
        "Sent to the printer “{printer}”: {children} children's files, {pages} pages ({jobs} print jobs)",
    ),
    "print.batch_failed": ("未打印 {count} 份：", "Not printed: {count} file(s):"),
    "print.batch_failed_one": ("  {name}：{why}", "  {name}: {why}"),
    "print.batch_cancelled": (
        "未打印：已取消，{count} 份没有发送",
        "Not printed: cancelled, {count} file(s) not sent",
    ),
    "print.agreement_not_home": (
        "{name}的安置方式是“{placement}”，不是送教上门：送教上门服务协议只为送教上门的学生打印",
        "{name} is placed as “{placement}”, not home teaching: the service agreement is printed only "
        "for children taught at home",
    ),
    "print.no_printer": (
        "这台电脑没有安装打印机。可以先“另存为 PDF”，再到有打印机的电脑上打印",
        "No printer is installed on this computer. Save the PDF and print it on a computer that has one",
    ),
    "print.no_spooler": (
        "找不到系统的打印服务（lp），无法直接发送 PDF；将按图像方式打印",
        "The system's printing service (lp) was not found, so the PDF cannot be sent directly",
    ),
    "print.out_or_printer": (
        "请给出 --out 文件夹或 --printer 打印机（二选一）",
        "Give either --out FOLDER or --printer NAME (one of the two)",
    ),
    "print.unknown_printer": (
        "这台电脑上没有名为“{printer}”的打印机；可用的打印机：{known}",
        "This computer has no printer “{printer}”; the printers it has: {known}",
    ),
    "print.refused": (
        "打印机“{printer}”没有接受打印任务：{detail}。请检查打印机是否开机、联网，或选择另一台打印机",
        "The printer “{printer}” did not accept the job: {detail}. Check that it is on and connected, "
        "or choose another printer",
    ),
    "print.no_font": (
        "找不到可嵌入 PDF 的中文字体（已尝试 {tried} 个字体文件）。"
        "请安装微软雅黑、宋体、黑体或文泉驿微米黑，"
        "或在设置中选择一个 TrueType 中文字体文件（.ttf/.ttc）",
        "No Chinese font that can be embedded in a PDF was found ({tried} font files tried). Install "
        "Microsoft YaHei, SimSun, SimHei or WenQuanYi Micro Hei, or choose a TrueType Chinese font "
        "file (.ttf/.ttc) in settings",
    ),
    "print.font_not_embedded": (
        "未找到可嵌入的中文字体，改用标准字体 {font}：该字体不嵌入 PDF，在其他电脑上显示效果可能不同",
        "No embeddable Chinese font was found; using the standard font {font}, which is not embedded "
        "and may look different on other computers",
    ),
    "print.font_setting_unusable": (
        "设置中选择的字体“{path}”无法使用（{reason}），已改用本机找到的字体",
        "The font chosen in settings, “{path}”, cannot be used ({reason}); a font found on this "
        "computer is used instead",
    ),
    "print.font_missing": ("字体文件不存在", "the font file does not exist"),
    "print.font_unreadable": ("不是可读取的 TrueType 字体文件", "not a readable TrueType font file"),
    "print.font_cff": (
        "该字体为 PostScript/CFF 轮廓（如思源黑体、Noto Sans CJK），无法嵌入 PDF",
        "the font has PostScript/CFF outlines (such as Noto Sans CJK) and cannot be embedded",
    ),
    "print.font_no_cjk": ("该字体不含中文字形", "the font has no Chinese glyphs"),
    "print.missing_glyphs": (
        "字体中缺少以下字符，打印出来会是空白：{chars}（{where}）",
        "The font lacks these characters, which will print blank: {chars} ({where})",
    ),
    "print.folder_unwritable": (
        "无法写入文件夹“{folder}”：{reason}。请选择其他文件夹或检查权限",
        "Cannot write to the folder “{folder}”: {reason}. Choose another folder or check its permissions",
    ),
    "print.output_not_pdf": (
        "输出文件“{path}”应以 .pdf 结尾",
        "The output file “{path}” must end in .pdf",
    ),
    "print.cancelled": (
        "批量打印已取消（已完成 {done}/{total}），未留下任何输出文件",
        "Batch printing was cancelled ({done}/{total} done); no output files were left behind",
    ),
    "print.render_failed": (
        "生成“{name}”的档案时出错：{detail}",
        "Generating the file of “{name}” failed: {detail}",
    ),
    "print.nothing_to_print": ("没有符合条件的学生可打印", "No children match; nothing to print"),
}

FIELDS: dict[str, tuple[str, str]] = {"font_path": ("字体文件", "font file"), "month": ("月份", "month")}
