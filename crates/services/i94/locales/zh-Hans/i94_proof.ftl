## 临时 I-94：它的签名凭证（一个二维码和它的文字），以及 /verify 和官员如何查验它。

i94-proof = 请在 { $port } 出示这个二维码（QR 码）或上面的号码。任何人都可以在 /verify 查验它，没有网络也可以。它不包含任何个人信息。
i94-check-genuine = 是真的：临时 I-94 { $number }，在 { $port } 到达，有效期至 { $until }。
i94-check-decided = 这份临时 I-94（{ $number }）曾经是真的，但已经用过了：口岸的一位官员已经作出决定。请向旅行者询问他们得到的决定。
i94-check-expired = 这份临时 I-94（{ $number }）曾经是真的，但未使用，已过期（{ $until }）。旅行者可以在 Garita 的 I-94 页面上重新申请。
i94-check-gone = 这份临时 I-94（{ $number }）是 Garita 签发的，但已经不再保存。旅行者可以在 Garita 的 I-94 页面上重新申请。
i94-staff-number-help = 你也可以扫描旅行者的二维码，或者粘贴二维码下面的文字。
i94-staff-not-genuine = 这个码不是 Garita 签发的。请向旅行者询问临时号码，或者在下面按姓名和出生日期查找。
