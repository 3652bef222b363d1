-- 会员系统数据库结构 (MySQL 8). A typical schema from a Chinese codebase: pinyin column
-- names, meaning carried by the Chinese COMMENTs.

CREATE TABLE t_hy_xx (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT COMMENT '主键',
  xm          VARCHAR(32)  NOT NULL COMMENT '姓名',
  xb          CHAR(1)      COMMENT '性别',
  csrq        DATE         COMMENT '出生日期',
  sfzh        VARCHAR(18)  NOT NULL COMMENT '身份证号码',
  lxdh        VARCHAR(20)  COMMENT '联系电话',
  jtzz        VARCHAR(255) COMMENT '家庭住址',
  hjdz        VARCHAR(255) COMMENT '户籍地址',
  yhkh        VARCHAR(19)  COMMENT '银行卡号',
  zxpf        INT          COMMENT '征信评分',
  create_time DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  PRIMARY KEY (id),
  UNIQUE KEY uk_sfzh (sfzh)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='会员信息表';

CREATE TABLE t_dd (
  id        BIGINT UNSIGNED NOT NULL AUTO_INCREMENT COMMENT '主键',
  hy_id     BIGINT UNSIGNED NOT NULL COMMENT '会员ID',
  shr       VARCHAR(32)  COMMENT '收货人',
  shdz      VARCHAR(255) COMMENT '收货地址',
  ddje      DECIMAL(12,2) COMMENT '订单金额',
  zfsj      DATETIME     COMMENT '支付时间',
  PRIMARY KEY (id)
) COMMENT='订单表';

-- Not personal information: a product catalogue.
CREATE TABLE t_sp (
  id        BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  spmc      VARCHAR(128) COMMENT '商品名称',
  phone_model VARCHAR(64) COMMENT '适配手机型号',
  kc        INT          COMMENT '库存',
  PRIMARY KEY (id)
);
