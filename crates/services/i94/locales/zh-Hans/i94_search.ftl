## 临时 I-94：官员按姓名和出生日期查找丢失了号码的旅行者。

i94-staff-search-title = 没有号码的旅行者
i94-staff-search-help = 按护照上的写法输入姓名和出生日期。只在你所在口岸的临时 I-94 中搜索；搜索本身会被记录，你输入的内容不会被记录。
i94-staff-search-submit = 搜索
i94-staff-search-problem = 姓氏请用字母输入，出生日期请按日期输入，然后再搜索一次。
i94-staff-search-none = 你所在的口岸没有这个姓名和出生日期的临时 I-94。请对照旅行者的护照核对拼写。
i94-staff-search-line = { $number }：{ $status }
