### Checking a confirmation (/verify).

check-empty = 还没有可核对的内容：请把确认单二维码下方的那行文字粘贴到框中，或扫描二维码，然后点击“核对”。
