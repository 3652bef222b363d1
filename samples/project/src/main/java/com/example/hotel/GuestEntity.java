package com.example.hotel;

import io.swagger.annotations.ApiModelProperty;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import java.time.LocalDateTime;

/** 酒店住客登记信息 */
@Entity
@Table(name = "hotel_guest")
public class GuestEntity {

    @Id
    private Long id;

    /** 住客姓名 */
    @Column(name = "guest_name", length = 32)
    private String guestName;

    /** 证件号码 */
    @Column(name = "zjhm", length = 18)
    @ApiModelProperty("身份证号码")
    private String zjhm;

    @ApiModelProperty("手机号")
    private String mobile;

    @ApiModelProperty("入住时间")
    private LocalDateTime checkInTime;

    @ApiModelProperty("房间号")
    private String roomNo;

    /** 人脸照片 */
    private byte[] facePhoto;

    // pilens-disable-next-line
    private String legacyField;
}
